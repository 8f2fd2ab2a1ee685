package vn.provportal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The sizes a web application accepts, refused before any of its code runs (security issue #12 item 7; the
 * figures are in SECURITY.md): a body without a declared length (chunked) → 411, one longer than the limit → 413,
 * before a byte of it is read; a form with more fields, or a multipart request with more parts, than any screen has
 * → 400, once the body within the size limit has been read. Browsers always declare a form's length. Each war
 * declares it first in its web.xml with its own figures ({@code init-param}s named like the fields below).
 */
public class RequestLimits extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class.getName());

    private long maxBodyBytes;
    /**
     * Where a larger body is taken (the back office's import of an old site, the console's restore of a province), paths
     * separated by commas, and how large; optional.
     */
    private java.util.List<String> largeBodyPaths = java.util.List.of();
    private long maxLargeBodyBytes;
    private int maxParameters;
    private int maxParts;

    @Override
    public void init() {
        maxBodyBytes = Long.parseLong(getInitParameter("maxBodyBytes"));
        maxParameters = Integer.parseInt(getInitParameter("maxParameters"));
        maxParts = Integer.parseInt(getInitParameter("maxParts"));
        String largeBodyPath = getInitParameter("largeBodyPath");
        largeBodyPaths = largeBodyPath == null ? java.util.List.of()
                : java.util.Arrays.stream(largeBodyPath.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        maxLargeBodyBytes = largeBodyPath == null ? maxBodyBytes : Long.parseLong(getInitParameter("maxLargeBodyBytes"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "Yêu cầu phải cho biết độ dài nội dung",
                    "A request body must declare its length (Content-Length)");
            return;
        }
        long max = largeBodyPaths.stream().anyMatch(p -> request.getRequestURI().startsWith(request.getContextPath() + p))
                ? maxLargeBodyBytes : maxBodyBytes;
        if (length > max) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, String.format(Locale.ROOT,
                    "Nội dung gửi lên quá lớn (%.1f MB); tối đa %.0f MB", length / 1_048_576.0, max / 1_048_576.0),
                    "Request body too large");
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        int fields = type.startsWith("application/x-www-form-urlencoded") ? fields(request) : 0;
        if (fields < 0) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Nội dung gửi lên lớn hơn mức máy chủ đọc được", "Request body larger than the server reads");
            return;
        }
        if (fields > maxParameters) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "Biểu mẫu có quá nhiều trường (tối đa "
                    + maxParameters + ")", "Too many form fields");
            return;
        }
        if (type.startsWith("multipart/form-data") && parts(request) > maxParts) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "Biểu mẫu có quá nhiều phần (tối đa "
                    + maxParts + ")", "Too many parts in the upload");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The form's fields, or -1 for a body larger than the server's own limit lets it read. */
    private static int fields(HttpServletRequest request) {
        try {
            return request.getParameterMap().size();
        } catch (IllegalStateException tooLarge) {
            return -1;
        }
    }

    private static int parts(HttpServletRequest request) throws IOException, ServletException {
        try {
            return request.getParts().size();
        } catch (IllegalStateException notMultipart) {
            // the target takes no multipart bodies; it will refuse this one itself
            return 0;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String vi,
            String en) throws IOException {
        LOG.fine(() -> status + " " + request.getMethod() + " " + request.getRequestURI() + ": " + en);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\": \"" + vi + "\", \"errorEn\": \"" + en + "\"}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + vi
                    + "</title></head><body><main><h1>" + vi + "</h1><p lang=\"en\">" + en + "</p></main></body></html>");
        }
    }
}
