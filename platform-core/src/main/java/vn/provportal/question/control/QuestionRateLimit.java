package vn.provportal.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.provportal.platform.SlidingLimit;

/** At most {@link #MAX_PER_WINDOW} questions per client and province in {@link #WINDOW}, as for comments. */
@ApplicationScoped
public class QuestionRateLimit extends SlidingLimit {

    public static final int MAX_PER_WINDOW = 3;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    public QuestionRateLimit() {
        super(MAX_PER_WINDOW, WINDOW);
    }
}
