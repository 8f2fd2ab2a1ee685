package vn.provportal.admin.health;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * A form post whose form cannot be restored — the session expired while the editor wrote, or the view state is
 * missing or was never issued here (forged) — gets a 400 page that shows what was typed ({@link KeptFormPage})
 * instead of a 500 or, for a missing view state, a fresh empty form that silently drops it. Faces' own error page
 * for an expired view cannot be reached: the container matches the {@code Throwable} error page first. Ajax posts
 * are answered by PrimeFaces' exception handler ({@link AjaxErrors}), which redirects without naming the exception.
 */
public class LostFormFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean formPost = "POST".equals(request.getMethod()) && request.getHeader("Faces-Request") == null
                && request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded");
        if (formPost && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) == null) {
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!formPost || !isExpiredView(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String[]> sent = request.getParameterMap();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(KeptFormPage.lostView(request.getContextPath(), request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()), sent));
    }

    private static boolean isExpiredView(Throwable e) {
        return vn.provportal.platform.persistence.Causes.any(e, ViewExpiredException.class::isInstance);
    }
}
