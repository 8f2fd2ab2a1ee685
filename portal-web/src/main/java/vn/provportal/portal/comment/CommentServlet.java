package vn.provportal.portal.comment;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.provportal.portal.routing.ClientAddress;
import vn.provportal.comment.boundary.Comments;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.RateLimited;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.portal.routing.PostBulkhead;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Receives "Bình luận" posts. Success redirects back to the article (post/redirect/get) with a "chờ duyệt"
 * notice; a refused post answers a small page with the reason and everything the citizen typed, ready to send
 * again ({@link RefusedComment}). At most a few posts of one province are worked on at once on a node
 * ({@link PostBulkhead}): a flood at one province does not take the CPU other provinces' readers need.
 */
@WebServlet("/comment-post")
public class CommentServlet extends HttpServlet {

    public static final String PENDING_PARAMETER = "binh-luan";

    @Inject
    Comments comments;

    @Inject
    FormToken tokens;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalPaths paths;

    @Inject
    PostBulkhead bulkhead;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!vn.provportal.portal.routing.SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String slug = paths.getParameter();
        String tenant = currentTenant.get().getCode().value();
        RefusedComment refused = new RefusedComment(currentTenant.get(), paths.comment(slug), paths.article(slug),
                tokens.issue(tenant, slug));
        Optional<PostBulkhead.Permit> permit = bulkhead.enter(tenant);
        if (permit.isEmpty()) {
            response.setHeader("Retry-After", Integer.toString(PostBulkhead.RETRY_AFTER_SECONDS));
            refused.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Cổng thông tin đang nhận rất nhiều bình luận; vui lòng bấm Gửi lại sau ít giây",
                    "The portal is receiving very many comments; please send again in a few seconds");
            return;
        }
        try (PostBulkhead.Permit held = permit.get()) {
            take(request, response, slug, tenant, refused);
        }
    }

    private void take(HttpServletRequest request, HttpServletResponse response, String slug, String tenant,
            RefusedComment refused) throws IOException {
        if (!tokens.isValid(request.getParameter("token"), tenant, slug)) {
            refused.send(request, response, 400, "Biểu mẫu đã hết hạn; vui lòng bấm Gửi lại",
                    "The form has expired; please send it again");
            return;
        }
        if (!isBlank(request.getParameter("website"))) {
            pending(response, slug);
            return;
        }
        if (request.getParameter("consent") == null) {
            refused.send(request, response, 400, "Vui lòng đồng ý với việc xử lý dữ liệu cá nhân trước khi gửi",
                    "Please consent to the processing of your personal data before sending");
            return;
        }
        try {
            comments.post(slug, request.getParameter("name"), request.getParameter("email"),
                    request.getParameter("body"), tokens.clientHash(ClientAddress.of(request)));
            pending(response, slug);
        } catch (RateLimited e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            refused.send(request, response, 429, e.messageVi(), e.messageEn());
        } catch (InvalidInput e) {
            refused.send(request, response, 400, e.messageVi(), e.messageEn());
        }
    }

    private void pending(HttpServletResponse response, String slug) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", paths.article(slug) + "?" + PENDING_PARAMETER + "=cho-duyet#binh-luan");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
