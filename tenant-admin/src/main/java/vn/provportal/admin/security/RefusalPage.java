package vn.provportal.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The small page a filter answers with when it refuses a request before Faces sees it: written here rather than
 * forwarded to a Faces page, because a forwarded form post would be taken for a postback.
 */
final class RefusalPage {

    private RefusalPage() {
    }

    /** {@code paragraphs} are HTML written by the caller (constants, never input); a link home follows them. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String paragraphs)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + paragraphs + "<p><a href=\""
                + request.getContextPath() + "/\">Về trang chính</a></p></main></body></html>");
    }
}
