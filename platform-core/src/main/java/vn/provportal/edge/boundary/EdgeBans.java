package vn.provportal.edge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.platform.Activity;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.entity.Tenant;

/**
 * Tells every edge ({@code PROVPORTAL_EDGE_BAN_URLS}) to drop what a committed change may have altered: the
 * province's pages under the portal's public host ({@code /<code>/…}) and everything under each of its hostnames;
 * every page when the change belongs to no province (the ministry's notices and pushes, scheduled jobs). A ban
 * is {@code BAN /} with the host and path as regular expressions ({@code X-Ban-Host}, {@code X-Ban-Url}), which
 * the edge accepts from loopback only (deploy/edge/varnish.vcl). The back office answers after the bans: at most
 * a second per edge.
 * <p>
 * Each ban is sent again {@link #REPEAT_AFTER} later: a page the edge was fetching while the change committed was
 * read before it, and a ban only drops what the edge holds when the ban arrives; that page would otherwise be served
 * for its whole lifetime (measured: the statistics page, refreshed in the background from grace, showed figures
 * 0.8-1.1 s after they were stored with one ban).
 */
@ApplicationScoped
public class EdgeBans {

    private static final Logger LOG = Logger.getLogger(EdgeBans.class.getName());

    /** One ban: hosts and paths it matches. */
    public record Ban(String hostPattern, String urlPattern) {

        static Ban everything() {
            return new Ban(".", "^/");
        }
    }

    static final Duration REPEAT_AFTER = Duration.ofMillis(400);

    /** Bans for a feed's changes, paced as the node's own renewals ({@link PageGenerations#FEED_WINDOW}). */
    private final vn.provportal.edge.control.RenewalPace pace = new vn.provportal.edge.control.RenewalPace(
            PageGenerations.FEED_WINDOW, 2, System::nanoTime);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(500)).build();

    /** Comma-separated (Payara's MicroProfile Config cannot inject an optional list). */
    @Inject
    @ConfigProperty(name = "provportal.edge.ban-urls")
    Optional<String> edges;

    @Inject
    @ConfigProperty(name = "provportal.portal.host", defaultValue = "localhost")
    String portalHost;

    @Inject
    CurrentTenant currentTenant;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    @jakarta.enterprise.context.control.ActivateRequestContext
    public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Activity activity) {
        List<String> targets = edges.stream().flatMap(e -> java.util.Arrays.stream(e.split(",")))
                .map(String::strip).filter(e -> !e.isEmpty()).toList();
        if (targets.isEmpty() || !activity.showsOnPages()) {
            return;
        }
        List<Ban> bans = currentTenant.isResolved() && !activity.concernsEveryProvince() ? bansOf(currentTenant.get())
                : List.of(Ban.everything());
        Runnable sendAll = () -> targets.forEach(edge -> bans.forEach(ban -> send(edge, ban)));
        String key = bans.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(" "));
        pace.renewTwice(activity, key, sendAll, REPEAT_AFTER, scheduler);
    }

    /** What one province's change invalidates. */
    public List<Ban> bansOf(Tenant province) {
        List<Ban> bans = new ArrayList<>();
        bans.add(new Ban(exactly(portalHost), "^/" + province.getCode().value() + "(/|$)"));
        province.getHostnames().forEach(host -> bans.add(new Ban(exactly(host), "^/")));
        return bans;
    }

    /** Hostnames and province codes hold only letters, digits, dots and hyphens: a dot is the one to escape. */
    private static String exactly(String host) {
        return "^" + host.replace(".", "[.]") + "$";
    }

    private void send(String edge, Ban ban) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(edge + "/")).method("BAN",
                    HttpRequest.BodyPublishers.noBody()).header("X-Ban-Host", ban.hostPattern())
                    .header("X-Ban-Url", ban.urlPattern()).timeout(Duration.ofSeconds(1)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                LOG.warning(() -> "edge " + edge + " answered " + status + " to " + ban);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "edge " + edge + " not told of " + ban + " (the page's 1 s lifetime applies): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
