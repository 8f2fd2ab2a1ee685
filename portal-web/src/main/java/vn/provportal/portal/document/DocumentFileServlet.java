package vn.provportal.portal.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.provportal.document.boundary.LegalDocuments;
import vn.provportal.document.entity.DocumentFile;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;

/**
 * A legal document's file to download ({@code /<province>/van-ban/tep/<id>}): sent as an attachment under its name
 * (UTF-8, with an ASCII name for old clients), as the type its content showed on upload, never sniffed or run by the
 * browser. Another province's file or an unknown number is the themed 404.
 */
@WebServlet("/document-file")
public class DocumentFileServlet extends HttpServlet {

    @Inject
    LegalDocuments registry;

    @Inject
    PortalPaths paths;

    @Inject
    NotFound notFound;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentFile file = registry.file(Long.parseLong(paths.getParameter())).orElse(null);
        if (file == null) {
            notFound.respond(response);
            return;
        }
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        send(response, file.getFileName(), file.getContentType(), file.getBytes(), null);
    }

    /** A file as an attachment under its name, of the type its content showed, never sniffed or run by the browser. */
    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] bytes,
            String cacheControl) throws IOException {
        if (cacheControl != null) {
            response.setHeader("Cache-Control", cacheControl);
        }
        response.setContentType(contentType);
        response.setCharacterEncoding((String) null);
        response.setContentLength(bytes.length);
        response.setHeader("Content-Disposition", disposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.getOutputStream().write(bytes);
    }

    /** {@code attachment; filename="quyet-dinh.pdf"; filename*=UTF-8''Quy%E1%BA%BFt…} (RFC 6266). */
    static String disposition(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
