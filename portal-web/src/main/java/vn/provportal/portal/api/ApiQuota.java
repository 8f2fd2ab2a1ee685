package vn.provportal.portal.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.platform.SlidingLimit;

/**
 * How many calls one credential may make per minute on this node ({@code PROVPORTAL_API_CALLS_PER_MINUTE},
 * 300 by default: a province's monthly figures are a few dozen calls). A key that goes over gets 429 with
 * {@code Retry-After}, so a leaked or runaway key cannot hold a node's threads and database for everyone.
 */
@ApplicationScoped
public class ApiQuota {

    @Inject
    @ConfigProperty(name = "provportal.api.calls-per-minute", defaultValue = "300")
    int callsPerMinute;

    private SlidingLimit limit;

    @PostConstruct
    void start() {
        limit = new SlidingLimit(callsPerMinute, Duration.ofMinutes(1));
    }

    /** Counts a call of {@code credential}; empty when it may go on, else how long it must wait. */
    public Optional<Duration> call(String credential) {
        return limit.attempt(credential, Instant.now());
    }

    public int perMinute() {
        return callsPerMinute;
    }
}
