package vn.provportal.portal.question;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.RateLimited;
import vn.provportal.portal.comment.FormToken;
import vn.provportal.portal.routing.ClientAddress;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.portal.routing.PostBulkhead;
import vn.provportal.question.boundary.Questions;
import vn.provportal.question.entity.Question;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Receives a citizen's question ("Gửi câu hỏi"), guarded as comments are: same origin, a form token, a honeypot,
 * consent, a limit per client and a bulkhead per province. Taken: 303 to the tracking page with the new code. Refused:
 * the questions page again with the reason and everything typed ({@link QuestionsBacking#REFUSAL}).
 */
@WebServlet("/question-post")
public class QuestionServlet extends HttpServlet {

    /** The form token's scope: one for a province's question form. */
    public static final String FORM = "hoi-dap";

    @Inject
    Questions questions;

    @Inject
    FormToken tokens;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalPaths paths;

    @Inject
    PostBulkhead bulkhead;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        if (!vn.provportal.portal.routing.SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String tenant = currentTenant.get().getCode().value();
        Optional<PostBulkhead.Permit> permit = bulkhead.enter(tenant);
        if (permit.isEmpty()) {
            response.setHeader("Retry-After", Integer.toString(PostBulkhead.RETRY_AFTER_SECONDS));
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "question.busy", null);
            return;
        }
        try (PostBulkhead.Permit held = permit.get()) {
            take(request, response, tenant);
        }
    }

    private void take(HttpServletRequest request, HttpServletResponse response, String tenant)
            throws IOException, ServletException {
        if (!tokens.isValid(request.getParameter("token"), tenant, FORM)) {
            refuse(request, response, 400, "question.expired", null);
            return;
        }
        String hash = tokens.clientHash(ClientAddress.of(request));
        if (request.getParameter("website") != null && !request.getParameter("website").isBlank()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", paths.getQuestions());
            return;
        }
        try {
            Question asked = questions.ask(request.getParameter("name"), request.getParameter("contact"),
                    request.getParameter("title"), request.getParameter("body"), request.getParameter("consent") != null,
                    tenant + "|" + hash, hash, Instant.now());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", paths.getQuestionTrack() + "?ma="
                    + URLEncoder.encode(asked.getTrackingCode(), StandardCharsets.UTF_8) + "&moi=1");
        } catch (RateLimited e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            refuse(request, response, 429, null, e);
        } catch (InvalidInput e) {
            refuse(request, response, 400, null, e);
        }
    }

    /** The questions page again, its form filled with what was typed and the reason above it. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key, InvalidInput e)
            throws IOException, ServletException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute(QuestionsBacking.REFUSAL, e != null ? e : InvalidInput.of(key));
        request.getRequestDispatcher("/views/questions.xhtml").forward(request, response);
    }
}
