package vn.provportal.admin.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import vn.provportal.platform.persistence.DatabaseOutage;
import vn.provportal.platform.persistence.StorageFull;

/**
 * The back office while the database cannot be reached (#15): instead of a 500 that drops what an editor typed,
 * a 503 page in Vietnamese and English that holds everything the form sent and sends it again with one button
 * once the database is back — the same session and view state, so the save goes through as if the first press
 * had. First in the chain (web.xml), so a failure in any filter or screen ends here. A full disk gets the same kept
 * form with a 507 that says so (nothing was half written: the transaction rolled back).
 */
public class DatabaseOutageFilter extends HttpFilter {

    /** RFC 4918's "Insufficient Storage": the server could not store what the request carried. */
    static final int INSUFFICIENT_STORAGE = 507;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            boolean full = StorageFull.isCause(e);
            if (!full && !DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            Map<String, String[]> sent = "POST".equals(request.getMethod()) ? request.getParameterMap() : Map.of();
            response.reset();
            String address = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (full) {
                response.setStatus(INSUFFICIENT_STORAGE);
                response.setHeader("Cache-Control", "no-store");
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(KeptFormPage.storageFull(request.getContextPath(), address, sent));
                return;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "10");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(KeptFormPage.outage(request.getContextPath(), address, sent));
        }
    }
}
