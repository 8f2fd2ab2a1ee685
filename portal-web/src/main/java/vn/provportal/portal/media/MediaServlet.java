package vn.provportal.portal.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.provportal.content.boundary.PreviewLinks;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.media.boundary.PublicImages;
import vn.provportal.media.entity.MediaDerivative;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.portal.routing.PortalPaths;

/**
 * Serves a province's stored image while something public shows it ({@link PublicImages}), or to the holder
 * of a preview link whose draft uses it. Content-addressed bytes never change, so public ones are cached for
 * a year and revalidated by their hash alone; those seen through a preview are not kept anywhere.
 */
@WebServlet("/media-file")
public class MediaServlet extends HttpServlet {

    @Inject
    MediaLibrary media;

    @Inject
    PortalPaths paths;

    @Inject
    PublicImages publicImages;

    @Inject
    PreviewLinks previews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sha256 = paths.getParameter();
        String width = request.getParameter("w");
        boolean scaled = width != null && vn.provportal.media.control.Derivatives.WIDTHS.stream()
                .anyMatch(w -> String.valueOf(w).equals(width));
        boolean shown = publicImages.isShown(sha256);
        if (!shown && !inPreview(sha256, request.getParameter(PortalPaths.PREVIEW_PARAMETER))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", shown ? "public, max-age=31536000, immutable" : "private, no-store");
        String etag = "\"" + sha256 + (scaled ? "-" + width : "") + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var derivative = scaled ? media.derivative(sha256, Integer.parseInt(width)) : Optional.<MediaDerivative>empty();
        if (derivative.isPresent()) {
            send(response, derivative.get().getContentType(), derivative.get().getBytes(), etag);
            return;
        }
        Optional<MediaFile> file = media.find(sha256);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, file.get().getContentType(), file.get().getBytes(), etag);
    }

    private boolean inPreview(String sha256, String token) {
        return token != null && previews.open(token)
                .map(draft -> draft.getImages().stream().anyMatch(i -> i.getMediaSha256().equals(sha256)))
                .orElse(false);
    }

    private static void send(HttpServletResponse response, String contentType, byte[] bytes, String etag)
            throws IOException {
        response.setContentType(contentType);
        // Images have no charset; the container would otherwise add the request's UTF-8.
        response.setCharacterEncoding((String) null);
        response.setContentLength(bytes.length);
        response.setHeader("ETag", etag);
        // Stored images are never sniffed as anything else, whatever a crafted file might contain.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(bytes);
    }
}
