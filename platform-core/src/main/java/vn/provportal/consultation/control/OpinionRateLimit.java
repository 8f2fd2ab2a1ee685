package vn.provportal.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.provportal.platform.SlidingLimit;

/** At most {@link #MAX_PER_WINDOW} opinions per client and province in {@link #WINDOW}, as for questions. */
@ApplicationScoped
public class OpinionRateLimit extends SlidingLimit {

    public static final int MAX_PER_WINDOW = 3;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    public OpinionRateLimit() {
        super(MAX_PER_WINDOW, WINDOW);
    }
}
