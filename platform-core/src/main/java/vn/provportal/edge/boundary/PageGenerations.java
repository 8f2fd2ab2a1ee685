package vn.provportal.edge.boundary;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import vn.provportal.edge.control.RenewalPace;
import vn.provportal.platform.Activity;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * The version of what each province's pages show, kept in the data grid (a map of Payara's Hazelcast), so
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
 * <p>
 * Every page reads the generations, so each war remembers what it read: the grid tells every war of every node
 * of each new generation (an entry listener), and what a war remembers is forgotten then — or after
 * {@link #TRUSTED} at the latest, should a message of the grid ever be lost. Reading them from the grid on every
 * page cost a quarter of an article page's CPU, most of it in the grid's own threads (#14).
 */
@ApplicationScoped
public class PageGenerations {

    private static final Logger LOG = Logger.getLogger(PageGenerations.class.getName());

    /** How often a feed's changes renew a province's pages, beyond the first two: a kept page's lifetime. */
    public static final Duration FEED_WINDOW = Duration.ofSeconds(2);

    /** The key of the generation every page depends on: platform notices, provinces as a whole. */
    static final String EVERY_PROVINCE = "*";

    /** What a page was rendered under: its province's generation and the platform's. */
    public record Stamp(Long province, Long platform) {
    }

    private static final String MAP = "provportal-page-generations";

    /** The longest a war uses a generation it read without hearing of a newer one. */
    static final Duration TRUSTED = Duration.ofSeconds(1);

    private record Known(Long generation, long readAt) {
    }

    @Inject
    CurrentTenant currentTenant;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Renewals for a feed's changes: two at once in a page's lifetime, the rest folded into one at its end. */
    private final RenewalPace pace = new RenewalPace(FEED_WINDOW, 2, System::nanoTime);

    private IMap<String, Long> generations;
    private UUID listening;
    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();
    /** Counts the new generations heard of: a read that overlapped one is not remembered. */
    private final AtomicLong heard = new AtomicLong();

    @PostConstruct
    void connect() {
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            IMap<String, Long> map = grid.getMap(MAP);
            listening = map.addEntryListener(new Renewals(), false);
            generations = map;
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "no data grid: pages are not kept inside the node (" + e + ")");
        }
    }

    @PreDestroy
    void disconnect() {
        if (generations != null && listening != null) {
            try {
                generations.removeEntryListener(listening);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "grid already gone", e);
            }
        }
    }

    /** Hears of every new generation, written by any war on any node (this one too). */
    private final class Renewals implements EntryAddedListener<String, Long>, EntryUpdatedListener<String, Long> {
        @Override
        public void entryAdded(EntryEvent<String, Long> event) {
            forget(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<String, Long> event) {
            forget(event.getKey());
        }
    }

    private void forget(String key) {
        heard.incrementAndGet();
        known.remove(key);
    }

    /** The generation under this key: as remembered, or read from the grid (and remembered). */
    private Long generation(String key) {
        long now = System.nanoTime();
        Known remembered = known.get(key);
        if (remembered != null && now - remembered.readAt() < TRUSTED.toNanos()) {
            return remembered.generation();
        }
        long before = heard.get();
        Long read = generations.get(key);
        if (heard.get() == before) {
            known.put(key, new Known(read, now));
        }
        return read;
    }

    /** False without a data grid: then no node may keep pages, since it would not hear of changes. */
    public boolean isShared() {
        return generations != null;
    }

    /** The generations a page of this province (empty: the landing page) is rendered under, read before rendering. */
    public Stamp stamp(Optional<String> province) {
        return new Stamp(province.map(this::generation).orElse(null), generation(EVERY_PROVINCE));
    }

    @ActivateRequestContext
    public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Activity activity) {
        if (generations == null || !activity.showsOnPages()) {
            return;
        }
        String key = currentTenant.isResolved() && !activity.concernsEveryProvince()
                ? currentTenant.get().getCode().value() : EVERY_PROVINCE;
        pace.renewTwice(activity, key, () -> renew(key), EdgeBans.REPEAT_AFTER, scheduler);
    }

    private void renew(String key) {
        try {
            generations.set(key, ThreadLocalRandom.current().nextLong());
            forget(key); // at once for this war's next page; the others hear of it from the grid
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pages of " + key + " not renewed in the grid (their copies expire on their own)", e);
        }
    }
}
