package vn.provportal.portal.routing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many citizens' posts (comments, votes) of one province this node works on at once
 * ({@code PROVPORTAL_POSTS_PER_PROVINCE}, 2 by default). A province's readers post a few times a minute; a flood of
 * posts at one province — from one address or many — takes at most these threads and never the CPU that other
 * provinces' pages need (security issue #12 item 10).
 *
 * <p>A post that finds every place taken waits for one at most {@link #WAIT_MILLIS} ms, as long as no more posts of
 * that province than it has places are already waiting (twice as many while none of its posts was refused for a
 * minute); any other is answered at once. Two ordinary citizens posting in the same instant both get through (the load
 * test's day had 83 of 8,000 posts refused when a post never waited; then one or two a run, each in a burst after the
 * node paused for a full collection), while a flood still holds at most twice the places in threads after its first
 * refusal, the waiting ones without using the CPU.
 */
@ApplicationScoped
public class PostBulkhead {

    /** Seconds a post refused here is told to wait. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** How long a post waits for a place its province's other posts hold: a few posts' time. */
    static final long WAIT_MILLIS = 500;

    private static final Logger LOG = Logger.getLogger(PostBulkhead.class.getName());
    private static final long TELL_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** A province none of whose posts was refused for this long may have twice as many waiting. */
    static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Inject
    @ConfigProperty(name = "provportal.posts.per-province", defaultValue = "2")
    int perProvince;

    private final Map<String, Places> provinces = new ConcurrentHashMap<>();

    @PostConstruct
    void check() {
        perProvince = Math.max(1, perProvince);
    }

    /**
     * A place to work on one post of {@code province}, to be closed when done; empty when all are taken and either as
     * many posts already wait or none came free within {@link #WAIT_MILLIS} ms.
     */
    public Optional<Permit> enter(String province) {
        Places places = provinces.computeIfAbsent(province, p -> new Places(perProvince));
        if (places.working.tryAcquire()) {
            return Optional.of(places.working::release);
        }
        if (places.waiting.incrementAndGet() > mayWait(places)) {
            places.waiting.decrementAndGet();
            return refused(province, places, places.refusedAtOnce);
        }
        try {
            return places.working.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)
                    ? Optional.of(places.working::release) : refused(province, places, places.refusedAfterWaiting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            places.waiting.decrementAndGet();
        }
    }

    /**
     * How many posts of a province may wait: as many as it has places, twice that while none of its posts was refused for
     * {@link #QUIET_NANOS a minute} — a burst of ordinary posts arriving together after the node paused (a full
     * collection: 0.3-0.4 s) is worked through, while a flood, refused from its first second, is held to the strict
     * figure.
     */
    private int mayWait(Places places) {
        return System.nanoTime() - places.refusedAt.get() >= QUIET_NANOS ? 2 * perProvince : perProvince;
    }

    /**
     * Counts a refused post and tells the operator at most once a minute per province how many were refused since,
     * and why: a flood (many answered at once) reads differently from posts that waited for slow work (a slow
     * database), which the node's log otherwise does not show.
     */
    private Optional<Permit> refused(String province, Places places, AtomicInteger cause) {
        cause.incrementAndGet();
        long now = System.nanoTime();
        places.refusedAt.set(now);
        long last = places.toldAt.get();
        if (now - last >= TELL_EVERY_NANOS && places.toldAt.compareAndSet(last, now)) {
            int atOnce = places.refusedAtOnce.getAndSet(0);
            int afterWaiting = places.refusedAfterWaiting.getAndSet(0);
            LOG.log(Level.WARNING, "{0}: {1} citizens'' posts refused since the last report, {2} at once (as many already"
                    + " waiting as may wait) and {3} after waiting {4} ms for one of its {5} places"
                    + " (PROVPORTAL_POSTS_PER_PROVINCE)",
                    new Object[] {province, atOnce + afterWaiting, atOnce, afterWaiting, WAIT_MILLIS, perProvince});
        }
        return Optional.empty();
    }

    /** Posts of {@code province} waiting for a place now. */
    int waiting(String province) {
        Places places = provinces.get(province);
        return places == null ? 0 : places.waiting.get();
    }

    private record Places(Semaphore working, AtomicInteger waiting, AtomicInteger refusedAtOnce,
            AtomicInteger refusedAfterWaiting, AtomicLong toldAt, AtomicLong refusedAt) {
        Places(int size) {
            this(new Semaphore(size), new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
                    new AtomicLong(System.nanoTime() - TELL_EVERY_NANOS), new AtomicLong(System.nanoTime() - QUIET_NANOS));
        }
    }

    /** Held while a post is worked on (or a search: {@code SearchBulkhead}). */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
