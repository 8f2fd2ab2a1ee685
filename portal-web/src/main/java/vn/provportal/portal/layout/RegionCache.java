package vn.provportal.portal.layout;

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
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * The rendered HTML of the parts every page of a province repeats — the header with its menu and the ministry's
 * notice, the widget regions (sidebar, footer, the home page's main region) — kept inside the node, so that a page
 * the page cache does not hold (an article read for the first time, a search, page 37 of a category) renders only
 * what is its own. What Drupal calls its render cache.
 * <p>
 * Kept exactly as long as it is true: a region is kept under its province, the address it was rendered for
 * (origin and base path: links differ between a province's hostname and its path prefix), its language, what else
 * it declares it depends on ({@code varies}) and the generations of its province and of the platform
 * ({@link PageGenerations}) read before it was rendered — so any change committed on any war or node is shown by
 * the next page; and for a few seconds at most ({@code provportal.page-cache.seconds}: view counts and votes).
 * Nothing is kept without a data grid, for a preview, or for the platform's own pages.
 */
@ApplicationScoped
public class RegionCache {

    private static final String STAMP = RegionCache.class.getName() + ".stamp";
    private static final String NOTHING = RegionCache.class.getName() + ".nothing";

    @Inject
    PageGenerations generations;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalPaths paths;

    @Inject
    @ConfigProperty(name = "provportal.region-cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "provportal.region-cache.megabytes", defaultValue = "16")
    int megabytes;

    @Inject
    @ConfigProperty(name = "provportal.page-cache.seconds", defaultValue = "2")
    int seconds;

    /** How long after its time ran out a region may still be sent while another request renders it again. */
    private static final Duration REFRESH_GRACE = Duration.ofSeconds(10);

    private record Kept(String html, long keptAt, AtomicBoolean refreshing) {
    }

    private Cache<String, Kept> regions;
    private Cache<String, Object> values;
    private long lifetimeNanos;

    @PostConstruct
    void create() {
        lifetimeNanos = Duration.ofSeconds(seconds).toNanos();
        regions = Caffeine.newBuilder().maximumWeight(megabytes * 1024L * 1024L)
                .weigher((String key, Kept kept) -> 2 * (key.length() + kept.html().length()))
                .expireAfterWrite(Duration.ofSeconds(seconds).plus(REFRESH_GRACE)).build();
        values = Caffeine.newBuilder().maximumSize(Math.max(1, megabytes) * 2_000L)
                .expireAfterWrite(Duration.ofSeconds(seconds)).build();
    }

    /**
     * A small value a page reads before its parts (whether its article is published, say), kept exactly as its
     * parts are — under the same key, for the same lifetime — or read when nothing may be kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T value(String name, String varies, HttpServletRequest request, java.util.function.Supplier<T> read) {
        Optional<String> key = key(name, varies, request);
        if (key.isEmpty()) {
            return read.get();
        }
        return (T) values.get(key.get(), k -> read.get());
    }

    /** The key this region of this request is kept under; empty when it may not be kept. */
    Optional<String> key(String region, String varies, HttpServletRequest request) {
        if (!enabled || megabytes <= 0 || !generations.isShared() || !currentTenant.isResolved()
                || paths.isPreviewing()) {
            return Optional.empty();
        }
        Object stamp = request.getAttribute(STAMP);
        if (stamp == null) {
            stamp = generations.stamp(currentTenant.code());
            request.setAttribute(STAMP, stamp);
        }
        return Optional.of(String.join("\n", region, currentTenant.get().getCode().value(), paths.absolute(""),
                paths.getBase(), paths.getLanguage(), varies == null ? "" : varies, stamp.toString()));
    }

    /**
     * The region kept under this key; empty: render it. When only its time ran out, one request renders it again
     * while the others are still sent the kept one (no stampede of renders on a busy portal).
     */
    Optional<String> find(String key) {
        Kept kept = regions.getIfPresent(key);
        if (kept == null) {
            return Optional.empty();
        }
        boolean fresh = System.nanoTime() - kept.keptAt() <= lifetimeNanos;
        return fresh || !kept.refreshing().compareAndSet(false, true) ? Optional.of(kept.html()) : Optional.empty();
    }

    void keep(String key, String html, HttpServletRequest request) {
        if (request.getAttribute(NOTHING) == null) {
            regions.put(key, new Kept(html, System.nanoTime(), new AtomicBoolean()));
        }
    }

    /** What this request renders is not what the next reader should see (a search refused for want of a place). */
    public static void keepNothing(HttpServletRequest request) {
        request.setAttribute(NOTHING, Boolean.TRUE);
    }
}
