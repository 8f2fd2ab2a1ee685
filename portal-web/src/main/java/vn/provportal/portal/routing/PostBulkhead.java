package vn.provportal.portal.routing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many citizens' posts (comments, votes) of one province this node works on at once
 * ({@code PROVPORTAL_POSTS_PER_PROVINCE}, 2 by default). A province's readers post a few times a minute; a flood of
 * posts at one province — from one address or many — takes at most these threads and never the CPU that other
 * provinces' pages need (security issue #12 item 10). A post beyond them is answered at once, without waiting.
 */
@ApplicationScoped
public class PostBulkhead {

    /** Seconds a post refused here is told to wait. */
    public static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "provportal.posts.per-province", defaultValue = "2")
    int perProvince;

    private final Map<String, Semaphore> provinces = new ConcurrentHashMap<>();

    @PostConstruct
    void check() {
        perProvince = Math.max(1, perProvince);
    }

    /** A place to work on one post of {@code province}, to be closed when done; empty when all are taken. */
    public Optional<Permit> enter(String province) {
        Semaphore places = provinces.computeIfAbsent(province, p -> new Semaphore(perProvince));
        return places.tryAcquire() ? Optional.of(places::release) : Optional.empty();
    }

    /** Held while a post is worked on (or a search: {@code SearchBulkhead}). */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
