package vn.provportal.comment.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.provportal.platform.SlidingLimit;

/** At most {@link #MAX_PER_WINDOW} comments per client and province in {@link #WINDOW}, counted on this node. */
@ApplicationScoped
public class CommentRateLimit extends SlidingLimit {

    public static final int MAX_PER_WINDOW = 3;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    public CommentRateLimit() {
        super(MAX_PER_WINDOW, WINDOW);
    }
}
