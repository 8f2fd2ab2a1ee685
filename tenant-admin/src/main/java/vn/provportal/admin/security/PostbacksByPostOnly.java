package vn.provportal.admin.security;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Faces treats any request that carries a view state as a postback, whatever its method: a GET with the page's
 * {@code jakarta.faces.ViewState} and a button's name ran the action (an article was published by a link). Every
 * action of the back office changes something, so a view state is accepted in a POST only; the POST itself is
 * bound to the session by that view state and sent only from the back office's own pages (SameSite cookie).
 */
@WebFilter("*.xhtml")
public class PostbacksByPostOnly extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null) {
            response.setHeader("Allow", "POST");
            RefusalPage.write(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Thao tác không hợp lệ",
                    "<p>Thao tác này chỉ được gửi từ nút bấm trên trang quản trị, không qua một đường dẫn. Không có gì"
                    + " thay đổi.</p>");
            return;
        }
        chain.doFilter(request, response);
    }
}
