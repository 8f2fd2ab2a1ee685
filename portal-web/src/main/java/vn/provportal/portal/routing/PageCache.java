package vn.provportal.portal.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.edge.boundary.PageGenerations;
import vn.provportal.edge.boundary.PageGenerations.Stamp;

/**
 * Public pages kept inside the node, so that a page is rendered once and then sent as bytes (ARCHITECTURE.md,
 * decision 4). Only what any citizen may be given is kept — a complete 200 answer to a GET, without a cookie and
 * without a caching policy of its own (previews are {@code no-store}) — under the full address it answers
 * (scheme, host, port, path and query: two provinces never share a copy, whether told apart by hostname or by
 * prefix).
 * <p>
 * A copy is used only while its province's generation and the platform's ({@link PageGenerations}, in the data
 * grid) are those it was rendered under, so a change committed on any node or war drops it at once; and for a few
 * seconds at most ({@code provportal.page-cache.seconds}), which bounds how old the view counts and "most read"
 * lists may be. When only that time ran out, one request renders the page again while the others are still sent
 * the copy. The copies are bounded by their bytes ({@code provportal.page-cache.megabytes}); without a data grid
 * nothing is kept.
 */
@ApplicationScoped
public class PageCache {

    /** Request attribute: the generations read before the page was rendered. */
    static final String STAMP = PageCache.class.getName() + ".stamp";
    /** Request attribute: the article whose page this is, counted as viewed each time its copy is sent. */
    public static final String VIEWED = PageCache.class.getName() + ".viewed";
    /** How long after its time ran out a copy may still be sent while another request renders it again. */
    private static final Duration REFRESH_GRACE = Duration.ofSeconds(10);

    /** A page kept: the copy, what it was rendered under, and the article it shows. */
    record Kept(PageCopy copy, Optional<String> province, Stamp stamp, Long viewed, long keptAt,
            AtomicBoolean refreshing) {
    }

    @Inject
    PageGenerations generations;

    @Inject
    @ConfigProperty(name = "provportal.page-cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "provportal.page-cache.megabytes", defaultValue = "32")
    int megabytes;

    @Inject
    @ConfigProperty(name = "provportal.page-cache.seconds", defaultValue = "2")
    int seconds;

    private Cache<String, Kept> copies;
    private long lifetimeNanos;

    @PostConstruct
    void create() {
        lifetimeNanos = Duration.ofSeconds(seconds).toNanos();
        copies = Caffeine.newBuilder().maximumWeight(megabytes * 1024L * 1024L)
                .weigher((String key, Kept kept) -> key.length() * 2 + kept.copy().weight()).build();
    }

    public boolean isEnabled() {
        return enabled && megabytes > 0 && generations.isShared();
    }

    /** The full address a copy is kept under. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** Read before a page of this province (empty: the landing page) is rendered, so a change meanwhile is seen. */
    void stampBeforeRendering(HttpServletRequest request, Optional<String> province) {
        if (isEnabled()) {
            request.setAttribute(STAMP, new Rendering(province, generations.stamp(province)));
        }
    }

    private record Rendering(Optional<String> province, Stamp stamp) {
    }

    /** The copy to send for this address, if one is still valid; empty: render the page. */
    Optional<Kept> find(String key) {
        Kept kept = copies.getIfPresent(key);
        if (kept == null) {
            return Optional.empty();
        }
        if (!generations.stamp(kept.province()).equals(kept.stamp())) {
            copies.asMap().remove(key, kept);
            return Optional.empty();
        }
        long age = System.nanoTime() - kept.keptAt();
        if (age <= lifetimeNanos) {
            return Optional.of(kept);
        }
        boolean withinGrace = age <= lifetimeNanos + REFRESH_GRACE.toNanos();
        boolean someoneElseRenders = !kept.refreshing().compareAndSet(false, true);
        return withinGrace && someoneElseRenders ? Optional.of(kept) : Optional.empty();
    }

    /**
     * The last copy of this address whatever its age, while its province has not changed since: sent when the
     * database cannot be reached, when nothing can have been committed either (only view counts are older).
     */
    Optional<Kept> findLast(String key) {
        Kept kept = copies.getIfPresent(key);
        return kept != null && generations.stamp(kept.province()).equals(kept.stamp()) ? Optional.of(kept)
                : Optional.empty();
    }

    /** Keeps a page just rendered for this request, if it was stamped before rendering. */
    void keep(String key, HttpServletRequest request, PageCopy copy) {
        if (request.getAttribute(STAMP) instanceof Rendering rendering) {
            copies.put(key, new Kept(copy, rendering.province(), rendering.stamp(),
                    (Long) request.getAttribute(VIEWED), System.nanoTime(), new AtomicBoolean()));
        }
    }
}
