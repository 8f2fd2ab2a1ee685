package vn.provportal.portal.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.portal.routing.PortalPaths;

/**
 * Serves a province's stored image. Content-addressed bytes never change, so they are cached for a year
 * and revalidated by their hash alone.
 */
@WebServlet("/media-file")
public class MediaServlet extends HttpServlet {

    @Inject
    MediaLibrary media;

    @Inject
    PortalPaths paths;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sha256 = paths.getParameter();
        String etag = "\"" + sha256 + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<MediaFile> file = media.find(sha256);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = file.get().getBytes();
        response.setContentType(file.get().getContentType());
        // Images have no charset; the container would otherwise add the request's UTF-8.
        response.setCharacterEncoding((String) null);
        response.setContentLength(bytes.length);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.getOutputStream().write(bytes);
    }
}
