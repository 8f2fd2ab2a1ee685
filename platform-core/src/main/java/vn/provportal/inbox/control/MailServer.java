package vn.provportal.inbox.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The operator's SMTP server ({@code PROVPORTAL_SMTP_HOST}, {@code _PORT}, {@code _FROM}, {@code _USER},
 * {@code _PASSWORD}, {@code _STARTTLS}); without a host no mail is sent and notifications stay in the back office.
 */
public record MailServer(String host, int port, String from, String user, String password, boolean startTls) {

    public static Optional<MailServer> configured(Config config) {
        return config.getOptionalValue("provportal.smtp.host", String.class).filter(h -> !h.isBlank())
                .map(host -> new MailServer(host, config.getOptionalValue("provportal.smtp.port", Integer.class).orElse(25),
                        config.getOptionalValue("provportal.smtp.from", String.class).orElse("ProvPortal <no-reply@localhost>"),
                        config.getOptionalValue("provportal.smtp.user", String.class).orElse(""),
                        config.getOptionalValue("provportal.smtp.password", String.class).orElse(""),
                        config.getOptionalValue("provportal.smtp.starttls", Boolean.class).orElse(false)));
    }

    /** One plain-text UTF-8 message to each address (no one sees the others' addresses). */
    public void send(List<String> to, String subject, String text) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        props.put("mail.smtp.auth", String.valueOf(!user.isBlank()));
        Session session = Session.getInstance(props, user.isBlank() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
        InternetAddress sender = new InternetAddress(from);
        if (sender.getPersonal() != null) {
            try {
                sender.setPersonal(sender.getPersonal(), "UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        for (String address : to) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(sender);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        }
    }
}
