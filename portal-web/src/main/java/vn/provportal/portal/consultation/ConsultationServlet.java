package vn.provportal.portal.consultation;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import vn.provportal.consultation.boundary.Consultations;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.platform.InvalidInput;
import vn.provportal.portal.comment.CitizenPost;

/**
 * Receives a citizen's opinion on a draft ({@code /<province>/gop-y-du-thao/<slug>/gop-y}), guarded as every citizen's
 * post ({@link CitizenPost}), sent with consent while the consultation is open. Taken: 303 to the draft's page with
 * thanks; the opinion shows there once the province publishes it. Refused: the page again with the reason and the text.
 */
@WebServlet("/consultation-post")
public class ConsultationServlet extends CitizenPost {

    @Inject
    Consultations consultations;

    /** The form token's scope: one per draft. */
    static String form(String slug) {
        return "gop-y:" + slug;
    }

    @Override
    protected String form(HttpServletRequest request) {
        return form(paths.getParameter());
    }

    @Override
    protected String expiredKey() {
        return "consultation.expired";
    }

    @Override
    protected String busyKey() {
        return "consultation.busy";
    }

    @Override
    protected String honeypotLocation(HttpServletRequest request) {
        return thanks(paths.getParameter());
    }

    @Override
    protected String take(HttpServletRequest request, String tenant, String clientHash) {
        String slug = paths.getParameter();
        Consultation consultation = consultations.bySlug(slug).orElseThrow(() -> InvalidInput.of("consultation.not-found"));
        consultations.give(consultation.getId(), request.getParameter("name"), request.getParameter("organisation"),
                request.getParameter("body"), request.getParameter("consent") != null, tenant + "|" + clientHash, Instant.now());
        return thanks(slug);
    }

    private String thanks(String slug) {
        return paths.consultation(slug) + "?gop-y=cam-on#gop-y";
    }

    @Override
    protected void showRefused(HttpServletRequest request, HttpServletResponse response, InvalidInput refusal)
            throws IOException, ServletException {
        request.setAttribute(ConsultationBacking.REFUSAL, refusal);
        request.getRequestDispatcher("/views/consultation.xhtml").forward(request, response);
    }
}
