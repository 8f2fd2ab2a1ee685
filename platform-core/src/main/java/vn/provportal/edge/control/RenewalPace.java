package vn.provportal.edge.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import vn.provportal.platform.Activity;

/**
 * How often one province's kept pages are renewed for changes a machine sends several times a second (the statistics
 * API): the first {@code burst} in a window at once, every later one of that window folded into a single renewal at
 * its end. A person's change, and a feed's first ones, still show at once; a feed sending figures four times a second
 * no longer has its province's every page rendered afresh eight times a second (twice per change, see
 * {@code PageGenerations}) — under {@code bench/load.sh} that took the node's CPU from the portal's readers.
 * Every change is still followed by a renewal that starts after it.
 */
public final class RenewalPace {

    /** Runs {@code task} after {@code nanos}. */
    @FunctionalInterface
    public interface Later {
        void run(Runnable task, long nanos);
    }

    private static final class Window {
        long start;
        int used;
        boolean pending;
    }

    private final long windowNanos;
    private final int burst;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RenewalPace(Duration window, int burst, LongSupplier clock) {
        this.windowNanos = window.toNanos();
        this.burst = Math.max(1, burst);
        this.clock = clock;
    }

    /**
     * How a committed change renews what shows it, on the node and at the edge alike: {@code renewal} now and once more
     * {@code repeatAfter} later (another war's entity cache hears of the change a few milliseconds after its commit), a
     * feed's change at this pace, anyone else's at once.
     */
    public void renewTwice(Activity activity, String key, Runnable renewal, Duration repeatAfter,
            ScheduledExecutorService scheduler) {
        Runnable twice = () -> {
            renewal.run();
            scheduler.schedule(renewal, repeatAfter.toNanos(), TimeUnit.NANOSECONDS);
        };
        if (activity.comesFromAFeed()) {
            renew(key, twice, (task, nanos) -> scheduler.schedule(task, nanos, TimeUnit.NANOSECONDS));
        } else {
            twice.run();
        }
    }

    /** Renews {@code key}'s pages now, or once at the end of its window, or not again when that is already due. */
    public void renew(String key, Runnable renew, Later later) {
        Window w = windows.computeIfAbsent(key, k -> new Window());
        long wait;
        synchronized (w) {
            long now = clock.getAsLong();
            if (w.used == 0 || now - w.start >= windowNanos) {
                w.start = now;
                w.used = 0;
            }
            if (w.used < burst && !w.pending) {
                w.used++;
                wait = -1;
            } else if (w.pending) {
                return;
            } else {
                w.pending = true;
                wait = Math.max(0, windowNanos - (now - w.start));
            }
        }
        if (wait < 0) {
            renew.run();
            return;
        }
        later.run(() -> {
            synchronized (w) {
                w.pending = false;
                w.start = clock.getAsLong();
                w.used = 1;
            }
            renew.run();
        }, wait);
    }
}
