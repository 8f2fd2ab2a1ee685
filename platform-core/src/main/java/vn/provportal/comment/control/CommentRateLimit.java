package vn.provportal.comment.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@link #MAX_PER_WINDOW} comments per client in {@link #WINDOW}, counted on this node. A client
 * is a salted hash of its address, never the address itself.
 */
@ApplicationScoped
public class CommentRateLimit {

    public static final int MAX_PER_WINDOW = 3;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    /** Records an attempt and says whether it is within the limit. */
    public boolean tryAcquire(String clientHash, Instant now) {
        if (recent.size() > MAX_CLIENTS) {
            recent.entrySet().removeIf(e -> isStale(e.getValue(), now));
        }
        Deque<Instant> times = recent.computeIfAbsent(clientHash, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= MAX_PER_WINDOW) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** How long until {@code clientHash} may comment again (zero when it may now). */
    public Duration retryAfter(String clientHash, Instant now) {
        Deque<Instant> times = recent.get(clientHash);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            if (times.size() < MAX_PER_WINDOW) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private static boolean isStale(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW));
        }
    }
}
