package vn.provportal.platform;

import java.time.Duration;

/**
 * Input refused because its sender is over a limit; web layers answer it with 429 and {@code Retry-After}
 * instead of 400.
 */
public class RateLimited extends InvalidInput {

    private final Duration retryAfter;

    public RateLimited(Duration retryAfter, String key, Object... args) {
        super(key, args);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the sender may try again, at least one. */
    public long retryAfterSeconds() {
        return SlidingLimit.seconds(retryAfter);
    }
}
