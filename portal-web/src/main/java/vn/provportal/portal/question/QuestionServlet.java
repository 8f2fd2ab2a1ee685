package vn.provportal.portal.question;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.provportal.platform.InvalidInput;
import vn.provportal.portal.comment.CitizenPost;
import vn.provportal.question.boundary.Questions;
import vn.provportal.question.entity.Question;

/**
 * Receives a citizen's question ("Gửi câu hỏi"), guarded as every citizen's post ({@link CitizenPost}) and sent with
 * consent. Taken: 303 to the tracking page with the new code. Refused: the questions page again with the reason and
 * everything typed ({@link QuestionsBacking#REFUSAL}).
 */
@WebServlet("/question-post")
public class QuestionServlet extends CitizenPost {

    /** The form token's scope: one for a province's question form. */
    public static final String FORM = "hoi-dap";

    @Inject
    Questions questions;

    @Override
    protected String form(HttpServletRequest request) {
        return FORM;
    }

    @Override
    protected String expiredKey() {
        return "question.expired";
    }

    @Override
    protected String busyKey() {
        return "question.busy";
    }

    @Override
    protected String honeypotLocation(HttpServletRequest request) {
        return paths.getQuestions();
    }

    @Override
    protected String take(HttpServletRequest request, String tenant, String clientHash) {
        Question asked = questions.ask(request.getParameter("name"), request.getParameter("contact"),
                request.getParameter("title"), request.getParameter("body"), request.getParameter("consent") != null,
                tenant + "|" + clientHash, clientHash, Instant.now());
        return paths.getQuestionTrack() + "?ma=" + URLEncoder.encode(asked.getTrackingCode(), StandardCharsets.UTF_8) + "&moi=1";
    }

    @Override
    protected void showRefused(HttpServletRequest request, HttpServletResponse response, InvalidInput refusal)
            throws IOException, ServletException {
        request.setAttribute(QuestionsBacking.REFUSAL, refusal);
        request.getRequestDispatcher("/views/questions.xhtml").forward(request, response);
    }
}
