package vn.provportal.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} attempts per sender in any {@code window}, counted on this node (each node of a
 * cluster counts its own: behind the edge's round robin, a sender gets at most N × max). Senders are whatever
 * key the caller gives — a salted address hash, an API key's prefix — never raw personal data.
 */
public class SlidingLimit {

    private static final int MAX_SENDERS = 100_000;

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public SlidingLimit(int max, Duration window) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs at least one attempt in a positive window");
        }
        this.max = max;
        this.window = window;
    }

    /** Records an attempt and says whether it is within the limit; one over it is not recorded. */
    public boolean tryAcquire(String sender, Instant now) {
        if (recent.size() > MAX_SENDERS) {
            recent.entrySet().removeIf(e -> isStale(e.getValue(), now));
        }
        Deque<Instant> times = recent.computeIfAbsent(sender, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Records an attempt; empty when it is within the limit, else how long the sender must wait. */
    public java.util.Optional<Duration> attempt(String sender, Instant now) {
        return tryAcquire(sender, now) ? java.util.Optional.empty() : java.util.Optional.of(retryAfter(sender, now));
    }

    /** A wait in whole seconds for {@code Retry-After}, at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** How long until {@code sender} may try again (zero when it may now). */
    public Duration retryAfter(String sender, Instant now) {
        Deque<Instant> times = recent.get(sender);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            if (times.size() < max) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, times.peekFirst().plus(window));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private boolean isStale(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(now.minus(window));
        }
    }
}
