package vn.provportal.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.portal.routing.PostBulkhead;

/**
 * How many searches this node runs in the database at once ({@code PROVPORTAL_SEARCHES_AT_ONCE}, 2 by default). A
 * search for the words nearly every article holds ("an ninh": 5,829 of a province's 6,000) costs MariaDB most of a
 * second; measured under load (bench/load.sh), a few of them at once held every request thread of the node for
 * seconds, and then articles and home pages queued behind them until the server dropped connections. A search
 * waits {@value #WAIT_MILLIS} ms for a place; past that it is answered at once, 503 with {@code Retry-After}, and
 * the rest of the portal keeps its threads. Searches answered from a kept page or part take no place.
 */
@ApplicationScoped
public class SearchBulkhead {

    /** How long a search waits for a place before it is told to come back. */
    static final long WAIT_MILLIS = 2000;

    /** Seconds a search refused here is told to wait. */
    public static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "provportal.searches.at-once", defaultValue = "2")
    int atOnce;

    private Semaphore places;

    @PostConstruct
    void create() {
        places = new Semaphore(Math.max(1, atOnce), true);
    }

    /** A place to run one search, to be closed when done; empty when none came free in time. */
    public Optional<PostBulkhead.Permit> enter() {
        try {
            return places.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS) ? Optional.of(places::release) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
