package vn.provportal.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.platform.SlidingLimit;

/**
 * Searches one client may run on one province's portal per minute on this node
 * ({@code PROVPORTAL_SEARCH_PER_MINUTE}, 30 by default — a person reads results between searches). Only
 * searches that reach the database count: a results page already kept by the page cache or the edge costs
 * nothing and is not limited.
 */
@ApplicationScoped
public class SearchLimit {

    @Inject
    @ConfigProperty(name = "provportal.search.per-minute", defaultValue = "30")
    int perMinute;

    private SlidingLimit limit;

    @PostConstruct
    void start() {
        limit = new SlidingLimit(perMinute, Duration.ofMinutes(1));
    }

    /** Counts a search of {@code client} on {@code province}; empty when it may run, else how long to wait. */
    public Optional<Duration> search(String province, String client) {
        return limit.attempt(province + "|" + client, Instant.now());
    }
}
