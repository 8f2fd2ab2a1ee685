package vn.provportal.inbox.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.provportal.inbox.control.MailServer;
import vn.provportal.people.boundary.Directory;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Each notification also goes by e-mail to the people it concerns when an SMTP server is configured: the addresses
 * are those Keycloak holds for the province's members (identity lives there only). Sent after the move committed, on
 * a managed thread — an editor never waits for a mail server — and a mail that cannot be sent is logged; the
 * notification in the back office stays either way.
 */
@ApplicationScoped
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Directory directory;

    @Resource
    ManagedExecutorService executor;

    public void onNotified(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notified notified) {
        var server = MailServer.configured(ConfigProvider.getConfig());
        var province = currentTenant.code();
        if (server.isEmpty() || province.isEmpty()) {
            return;
        }
        String adminUrl = ConfigProvider.getConfig().getOptionalValue("provportal.admin.url", String.class).orElse("");
        executor.submit(() -> deliver(server.get(), province.get(), notified, adminUrl));
    }

    private void deliver(MailServer server, String province, Notified notified, String adminUrl) {
        try {
            List<String> to = directory.members(province).stream()
                    .filter(m -> notified.user() != null ? notified.user().equals(m.person().username())
                            : m.role().grants(notified.role()))
                    .filter(m -> m.person().enabled())
                    .map(m -> m.person().email()).filter(e -> e != null && !e.isBlank()).distinct().toList();
            if (!to.isEmpty()) {
                server.send(to, "[ProvPortal · " + province + "] " + notified.text(), text(notified, adminUrl));
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "notification not mailed (" + province + "): " + notified.text(), e);
        }
    }

    private static String text(Notified notified, String adminUrl) {
        return notified.text() + "\n\nMở bài viết: " + adminUrl + "/content/edit.xhtml?id=" + notified.articleId()
                + "\n\n—\nThư do ProvPortal gửi tự động; thông báo này cũng có trong mục \"Thông báo\" của bàn làm việc."
                + "\nSent by ProvPortal; this notification is also under \"Notifications\" in the workspace.";
    }
}
