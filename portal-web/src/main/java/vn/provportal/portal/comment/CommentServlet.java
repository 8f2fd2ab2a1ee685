package vn.provportal.portal.comment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.provportal.comment.boundary.Comments;
import vn.provportal.platform.InvalidInput;

/**
 * Receives "Bình luận" posts, guarded as every citizen's post ({@link CitizenPost}) and sent with consent. Taken: 303
 * back to the article (post/redirect/get) with a "chờ duyệt" notice. Refused: a small page with the reason and
 * everything the citizen typed, ready to send again ({@link RefusedComment}), built without rendering the article.
 */
@WebServlet("/comment-post")
public class CommentServlet extends CitizenPost {

    public static final String PENDING_PARAMETER = "binh-luan";

    @Inject
    Comments comments;

    /** The form token's scope: the article's slug. */
    @Override
    protected String form(HttpServletRequest request) {
        return paths.getParameter();
    }

    @Override
    protected String expiredKey() {
        return "comment.expired";
    }

    @Override
    protected String busyKey() {
        return "comment.busy";
    }

    @Override
    protected String honeypotLocation(HttpServletRequest request) {
        return pending(paths.getParameter());
    }

    @Override
    protected String take(HttpServletRequest request, String tenant, String clientHash) {
        if (request.getParameter("consent") == null) {
            throw InvalidInput.of("comment.consent");
        }
        String slug = paths.getParameter();
        comments.post(slug, request.getParameter("name"), request.getParameter("email"), request.getParameter("body"),
                clientHash);
        return pending(slug);
    }

    @Override
    protected void showRefused(HttpServletRequest request, HttpServletResponse response, InvalidInput refusal)
            throws IOException {
        String slug = paths.getParameter();
        new RefusedComment(currentTenant.get(), paths.comment(slug), paths.article(slug),
                tokens.issue(currentTenant.get().getCode().value(), slug))
                .send(request, response, response.getStatus(), refusal.messageVi(), refusal.messageEn());
    }

    private String pending(String slug) {
        return paths.article(slug) + "?" + PENDING_PARAMETER + "=cho-duyet#binh-luan";
    }
}
