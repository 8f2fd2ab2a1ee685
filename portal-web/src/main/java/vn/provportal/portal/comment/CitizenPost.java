package vn.provportal.portal.comment;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.RateLimited;
import vn.provportal.portal.routing.ClientAddress;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.portal.routing.PostBulkhead;
import vn.provportal.portal.routing.SameOrigin;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * A form a citizen sends to the province (a comment, a question, an opinion on a draft), guarded alike: from a page of
 * the same site, with a form token of this province and form, not past the honeypot, within the province's places for
 * posts on this node and the client's limit. Taken: 303 to where {@link #take} says. Refused: {@link #refuse} shows the
 * page again with the reason and everything typed, never kept by a cache.
 */
public abstract class CitizenPost extends HttpServlet {

    @Inject
    protected FormToken tokens;

    @Inject
    protected CurrentTenant currentTenant;

    @Inject
    protected PortalPaths paths;

    @Inject
    PostBulkhead bulkhead;

    /** The form token's scope. */
    protected abstract String form(HttpServletRequest request);

    /** The refusal key when the form's token is stale, and when the province's places are taken. */
    protected abstract String expiredKey();

    protected abstract String busyKey();

    /** Where a bot that filled the honeypot is sent, as if it had succeeded. */
    protected abstract String honeypotLocation(HttpServletRequest request);

    /** Takes what was sent and answers where to go; {@code clientHash}: the salted hash of the client's address. */
    protected abstract String take(HttpServletRequest request, String tenant, String clientHash);

    /** The form's page again with {@code refusal} and what was typed, answered with {@code status}. */
    protected abstract void showRefused(HttpServletRequest request, HttpServletResponse response, InvalidInput refusal)
            throws IOException, ServletException;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String tenant = currentTenant.get().getCode().value();
        Optional<PostBulkhead.Permit> permit = bulkhead.enter(tenant);
        if (permit.isEmpty()) {
            response.setHeader("Retry-After", Integer.toString(PostBulkhead.RETRY_AFTER_SECONDS));
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, InvalidInput.of(busyKey()));
            return;
        }
        try (PostBulkhead.Permit held = permit.get()) {
            guarded(request, response, tenant);
        }
    }

    private void guarded(HttpServletRequest request, HttpServletResponse response, String tenant)
            throws IOException, ServletException {
        if (!tokens.isValid(request.getParameter("token"), tenant, form(request))) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, InvalidInput.of(expiredKey()));
            return;
        }
        if (request.getParameter("website") != null && !request.getParameter("website").isBlank()) {
            seeOther(response, honeypotLocation(request));
            return;
        }
        try {
            seeOther(response, take(request, tenant, tokens.clientHash(ClientAddress.of(request))));
        } catch (RateLimited e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            refuse(request, response, 429, e);
        } catch (InvalidInput e) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, e);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, InvalidInput refusal)
            throws IOException, ServletException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        showRefused(request, response, refusal);
    }

    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
