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

    public static void info(String vi) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, vi, null));
    }

    public static void error(InvalidInput e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, e.messageVi(), e.messageEn()));
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
     * Answers 404 — the same as for an id that does not exist — when a view parameter names something this
     * province does not have: another province's id looks exactly like no id at all.
     */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Không tìm thấy");
        faces.responseComplete();
    }

    public static boolean isPostback() {
        return FacesContext.getCurrentInstance().isPostback();
    }
}
