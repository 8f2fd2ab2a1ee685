package vn.provportal.admin.workspace;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
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
     * A message in the user's language only (the screens show summaries: a FacesMessage without detail repeats its
     * summary as the detail, which showed every message twice).
     */
    public static void info(String vi) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, vi, vi));
    }

    /** The refusal in the user's language: English for a user whose screen is in English, Vietnamese otherwise. */
    public static void error(InvalidInput e) {
        String text = english() && e.messageEn() != null ? e.messageEn() : e.messageVi();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static boolean english() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null && "en".equals(faces.getViewRoot().getLocale().getLanguage());
    }

    /** Runs a boundary call; a refusal becomes an error message and the form keeps what was typed. */
    public static boolean attempt(Runnable action, String done) {
        try {
            action.run();
            info(done);
            return true;
        } catch (InvalidInput e) {
            error(e);
            return false;
        }
    }

    /**
     * Runs a boundary call and, when it is done, goes to {@code outcome} with the message shown there (a save's
     * "Đã lưu …" used to vanish in the redirect); a refusal stays on the form with what was typed.
     */
    public static String attemptThenGo(Runnable action, String done, String outcome) {
        if (!attempt(action, done)) {
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
