package vn.provportal.edge.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import vn.provportal.platform.Activity;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * The version of what each province's pages show, kept in the data grid (Payara's JCache on its Hazelcast), so
 * that a copy of a page kept inside a node (the portal's page cache) is dropped the moment anything it shows
 * changes — whichever war and whichever node committed the change. Every committed change ({@code Activity})
 * gives its province a new generation (a change that belongs to no province, or to a province as a whole,
 * gives every page a new one); a copy remembers the generations it was rendered under and is used only while
 * both are unchanged.
 * <p>
 * The new generation is written before the committing request answers, so the editor's next look at the portal
 * is fresh on any node; it is written again {@link EdgeBans#REPEAT_AFTER} later, because another war's entity
 * cache learns of the change a few milliseconds after the commit (cache coordination is asynchronous) and a page
 * rendered in between would otherwise be kept under the new generation.
 */
@ApplicationScoped
public class PageGenerations {

    private static final Logger LOG = Logger.getLogger(PageGenerations.class.getName());

    /** The key of the generation every page depends on: platform notices, provinces as a whole. */
    static final String EVERY_PROVINCE = "*";

    /** What a page was rendered under: its province's generation and the platform's. */
    public record Stamp(Long province, Long platform) {
    }

    private static final String CACHE = "provportal-page-generations";

    @Inject
    CurrentTenant currentTenant;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Cache<String, Long> generations;

    @PostConstruct
    void connect() {
        try {
            CacheManager manager = (CacheManager) new InitialContext().lookup("payara/CacheManager");
            Cache<String, Long> existing = manager.getCache(CACHE, String.class, Long.class);
            generations = existing != null ? existing : create(manager);
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.WARNING, "no data grid: pages are not kept inside the node (" + e + ")");
        }
    }

    private static Cache<String, Long> create(CacheManager manager) {
        try {
            return manager.createCache(CACHE, new MutableConfiguration<String, Long>().setTypes(String.class, Long.class));
        } catch (javax.cache.CacheException alreadyCreatedByTheOtherWar) {
            return manager.getCache(CACHE, String.class, Long.class);
        }
    }

    /** False without a data grid: then no node may keep pages, since it would not hear of changes. */
    public boolean isShared() {
        return generations != null;
    }

    /** The generations a page of this province (empty: the landing page) is rendered under, read before rendering. */
    public Stamp stamp(Optional<String> province) {
        if (province.isEmpty()) {
            return new Stamp(null, generations.get(EVERY_PROVINCE));
        }
        Map<String, Long> now = generations.getAll(Set.of(province.get(), EVERY_PROVINCE));
        return new Stamp(now.get(province.get()), now.get(EVERY_PROVINCE));
    }

    @ActivateRequestContext
    public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Activity activity) {
        if (generations == null) {
            return;
        }
        String key = currentTenant.isResolved() && !activity.action().startsWith("province.")
                ? currentTenant.get().getCode().value() : EVERY_PROVINCE;
        renew(key);
        scheduler.schedule(() -> renew(key), EdgeBans.REPEAT_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void renew(String key) {
        try {
            generations.put(key, ThreadLocalRandom.current().nextLong());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pages of " + key + " not renewed in the grid (their copies expire on their own)", e);
        }
    }
}
