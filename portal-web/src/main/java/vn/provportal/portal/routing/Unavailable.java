package vn.provportal.portal.routing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a citizen gets while the database cannot be reached (restarting, failed over): the last copy of the page
 * this node kept when it has one (nothing can have been committed meanwhile), otherwise this page — 503 with
 * {@code Retry-After}, in Vietnamese and English, built without the database — never a 500 or a stack trace.
 */
final class Unavailable {

    static final String RETRY_AFTER_SECONDS = "10";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="UTF-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Tạm thời gián đoạn — Temporarily unavailable</title>
            <link rel="stylesheet" href="%s/static/portal.css"/></head>
            <body class="theme-platform"><main id="main" class="container page-main">
            <h1>Cổng thông tin tạm thời gián đoạn</h1>
            <p>Hệ thống đang kết nối lại với cơ sở dữ liệu. Xin vui lòng tải lại trang sau ít giây.</p>
            <p lang="en">The portal is briefly unavailable while it reconnects to its database.
            Please reload the page in a few seconds.</p>
            </main></body></html>
            """;

    private Unavailable() {
    }

    /** Into a response the caller has reset. */
    static void send(String contextPath, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = PAGE.formatted(contextPath).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
