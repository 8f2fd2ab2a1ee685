package vn.provportal.portal.stats;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import vn.provportal.portal.routing.ClientAddress;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.LostRace;
import vn.provportal.portal.comment.FormToken;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.portal.routing.PostBulkhead;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.SatisfactionLevel;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * A citizen's satisfaction vote ({@code POST /<province>/danh-gia}): no login, one vote per client and
 * month, nothing stored about the person but a salted hash of the address. Answers with a redirect to the
 * home page carrying the outcome ({@code ?danh-gia=cam-on|da-danh-gia|ban|loi}); {@code ban} when the province's
 * places for posts on this node are all taken ({@link PostBulkhead}).
 */
@WebServlet("/vote")
public class VoteServlet extends HttpServlet {

    public static final String FORM = "danh-gia";

    @Inject
    Statistics statistics;

    @Inject
    FormToken tokens;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalPaths paths;

    @Inject
    PostBulkhead bulkhead;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tenant = currentTenant.get().getCode().value();
        Optional<SatisfactionLevel> level = SatisfactionLevel.fromForm(request.getParameter("muc-do"));
        String outcome;
        Optional<PostBulkhead.Permit> permit = bulkhead.enter(tenant);
        if (permit.isEmpty()) {
            outcome = "ban";
        } else {
            try (PostBulkhead.Permit held = permit.get()) {
                outcome = outcome(request, tenant, level);
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", paths.getHome() + "?danh-gia=" + outcome + "#danh-gia");
    }

    private String outcome(HttpServletRequest request, String tenant, Optional<SatisfactionLevel> level) {
        String outcome;
        if (!tokens.isValid(request.getParameter("token"), tenant, FORM) || level.isEmpty()) {
            outcome = "loi";
        } else {
            java.util.Set<vn.provportal.stats.entity.VoteCriterion> criteria = java.util.EnumSet.noneOf(
                    vn.provportal.stats.entity.VoteCriterion.class);
            String[] ticked = request.getParameterValues("tieu-chi");
            for (String value : ticked == null ? new String[0] : ticked) {
                vn.provportal.stats.entity.VoteCriterion.fromForm(value).ifPresent(criteria::add);
            }
            outcome = vote(level.get(), criteria, tokens.clientHash(ClientAddress.of(request)));
        }
        return outcome;
    }

    private String vote(SatisfactionLevel level, java.util.Set<vn.provportal.stats.entity.VoteCriterion> criteria,
            String client) {
        try {
            // two votes at the same instant take the same counting rows: the one MariaDB rolled back goes again
            LostRace.retried(() -> {
                statistics.vote(level, criteria, client, Instant.now());
                return level;
            });
            return "cam-on";
        } catch (InvalidInput e) {
            return "da-danh-gia";
        } catch (RuntimeException e) {
            // tried again, a vote of this client stored meanwhile shows as "already voted"; anything else is a failure
            return LostRace.isCause(e) ? "da-danh-gia" : "loi";
        }
    }
}
