package vn.provportal.admin.workspace;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import vn.provportal.platform.InvalidInput;

/** The few lines every workspace screen repeats: the signed-in user, messages, and 404 for a foreign id. */
public final class Faces {

    private Faces() {
    }

    public static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public static boolean inRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** Publishers (and the ministry) approve and take articles down; the screens offer and accept that only to them. */
    public static boolean mayPublish() {
        return inRole(vn.provportal.admin.security.Roles.PUBLISHER) || inRole(vn.provportal.admin.security.Roles.PLATFORM_ADMIN);
    }

    /**
     * The text of {@code key} in the user's language (the back office's bundle, {@code msg}), its {@code {0}}…
     * filled with {@code args}.
     */
    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale(faces)).format(args);
    }

    /**
     * The message {@code key} in the user's language only (the screens show summaries: a FacesMessage without
     * detail repeats its summary as the detail, which showed every message twice).
     */
    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, text(key, args));
    }

    /** The refusal in the user's language: English for a user whose screen is in English, Vietnamese otherwise. */
    public static void error(InvalidInput e) {
        add(FacesMessage.SEVERITY_ERROR, e.message(locale(FacesContext.getCurrentInstance())));
    }

    /**
     * A refusal worded by the platform in both languages, shown in the user's (a name of its own: as {@code error(String,
     * String)} it took the calls meant for {@code error(key, argument)}).
     */
    public static void refused(String vietnamese, String english) {
        add(FacesMessage.SEVERITY_ERROR, "en".equals(locale(FacesContext.getCurrentInstance()).getLanguage()) ? english : vietnamese);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.forLanguageTag("vi");
    }

    /** Runs a boundary call; done: the message {@code key}; a refusal becomes an error and the form keeps what was typed. */
    public static boolean attempt(Runnable action, String key, Object... args) {
        try {
            action.run();
            info(key, args);
            return true;
        } catch (InvalidInput e) {
            error(e);
            return false;
        }
    }

    /**
     * Runs a boundary call and, when it is done, goes to {@code outcome} with the message {@code key} shown there (a
     * save's "Đã lưu …" used to vanish in the redirect); a refusal stays on the form with what was typed.
     */
    public static String attemptThenGo(Runnable action, String outcome, String key, Object... args) {
        if (!attempt(action, key, args)) {
            return null;
        }
        keepMessages();
        return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /**
     * Answers 404 — the same as for an id that does not exist — when a view parameter names something this
     * province does not have: another province's id looks exactly like no id at all.
     */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Không tìm thấy");
        faces.responseComplete();
    }

    /** The messages of this request are shown after the redirect that follows it. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static boolean isPostback() {
        return FacesContext.getCurrentInstance().isPostback();
    }
}
