package vn.provportal.admin.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * The workspace's own view of the province's images ({@code /admin/anh/<sha256>?w=320}; not under {@code /media/}, where the prefix mapping would swallow the media library page {@code /media/library.xhtml}), so editors see
 * thumbnails of what they upload before anything is public. Only the signed-in user's province is searched.
 */
@WebServlet("/anh/*")
public class MediaPreviewServlet extends HttpServlet {

    @Inject
    MediaLibrary media;

    @Inject
    CurrentTenant currentTenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sha256 = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!currentTenant.isResolved()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String width = request.getParameter("w");
        var scaled = width != null && width.matches("\\d{3,4}") ? media.derivative(sha256, Integer.parseInt(width))
                : java.util.Optional.<vn.provportal.media.entity.MediaDerivative>empty();
        byte[] bytes;
        String type;
        if (scaled.isPresent()) {
            bytes = scaled.get().getBytes();
            type = scaled.get().getContentType();
        } else {
            var file = media.find(sha256);
            if (file.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            bytes = file.get().getBytes();
            type = file.get().getContentType();
        }
        response.setContentType(type);
        response.setCharacterEncoding((String) null);
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
