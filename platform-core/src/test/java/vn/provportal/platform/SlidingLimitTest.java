package vn.provportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingLimitTest {

    private final Instant t0 = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void theAttemptOverTheLimitIsRefusedUntilTheOldestLeavesTheWindow() {
        SlidingLimit limit = new SlidingLimit(3, Duration.ofMinutes(1));
        assertTrue(limit.tryAcquire("a", t0));
        assertTrue(limit.tryAcquire("a", t0.plusSeconds(10)));
        assertTrue(limit.tryAcquire("a", t0.plusSeconds(20)));
        assertFalse(limit.tryAcquire("a", t0.plusSeconds(30)));
        assertEquals(Duration.ofSeconds(30), limit.retryAfter("a", t0.plusSeconds(30)));
        assertTrue(limit.tryAcquire("b", t0.plusSeconds(30)), "another sender has its own count");
        assertTrue(limit.tryAcquire("a", t0.plusSeconds(60)), "the first attempt has left the window");
        assertFalse(limit.tryAcquire("a", t0.plusSeconds(61)));
        assertEquals(Duration.ZERO, limit.retryAfter("c", t0), "an unknown sender may go now");
        assertEquals(java.util.Optional.of(Duration.ofSeconds(8)), limit.attempt("a", t0.plusSeconds(62)),
                "the oldest of the three in the window (t0 + 10 s) leaves it 8 s later");
        assertEquals(59, SlidingLimit.seconds(Duration.ofMillis(58_001)), "Retry-After rounds up to whole seconds");
        assertEquals(1, SlidingLimit.seconds(Duration.ZERO), "and says at least one");
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        SlidingLimit limit = new SlidingLimit(1, Duration.ofSeconds(10));
        assertTrue(limit.tryAcquire("a", t0));
        for (int i = 1; i < 10; i++) {
            assertFalse(limit.tryAcquire("a", t0.plusSeconds(i)));
        }
        assertTrue(limit.tryAcquire("a", t0.plusSeconds(10)), "hammering while refused does not push the time back");
    }
}
