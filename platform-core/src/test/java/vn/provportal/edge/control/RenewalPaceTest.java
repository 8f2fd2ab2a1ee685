package vn.provportal.edge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A feed's changes renew a province's pages at a pace; every change is still followed by a renewal. */
class RenewalPaceTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(100 * SECOND);
    private final RenewalPace pace = new RenewalPace(Duration.ofSeconds(2), 2, now::get);
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private final AtomicInteger hungYen = new AtomicInteger();

    private void change() {
        pace.renew("hung-yen", hungYen::incrementAndGet, (task, nanos) -> {
            scheduled.add(task);
            delays.add(nanos);
        });
    }

    @Test
    void aFeedsFirstTwoChangesRenewAtOnceLikeAPersonsChange() {
        change();
        assertEquals(1, hungYen.get(), "figures PUT once show on the next page");
        now.addAndGet(SECOND / 10);
        change();
        assertEquals(2, hungYen.get(), "processing then satisfaction: both at once");
        assertEquals(0, scheduled.size());
    }

    @Test
    void fourChangesASecondForTenSecondsRenewAboutOnceASecondEachFollowedByARenewal() {
        int renewalsAtOnce = 0;
        for (int i = 0; i < 40; i++) {
            change();
            now.addAndGet(SECOND / 4);
            // the pending renewal runs when its time comes
            if (!scheduled.isEmpty() && delays.get(0) <= 0) {
                scheduled.remove(0).run();
                delays.remove(0);
            }
            for (int d = 0; d < delays.size(); d++) {
                delays.set(d, delays.get(d) - SECOND / 4);
            }
        }
        while (!scheduled.isEmpty()) {
            scheduled.remove(0).run();
        }
        assertEquals(true, hungYen.get() <= 15, "40 changes in 10 s renewed " + hungYen.get() + " times, not 40");
        assertEquals(true, hungYen.get() >= 5, "still renewed through the 10 s: " + hungYen.get());
    }

    @Test
    void changesWithinTheWindowAfterTheBurstFoldIntoOneRenewalAtItsEnd() {
        change();
        change();
        now.addAndGet(SECOND / 2);
        change();
        change();
        change();
        assertEquals(2, hungYen.get(), "the third to fifth wait");
        assertEquals(1, scheduled.size(), "folded into one renewal");
        assertEquals(SECOND * 3 / 2, delays.get(0), "at the end of the window that began with the first");
        now.addAndGet(SECOND * 3 / 2);
        scheduled.remove(0).run();
        assertEquals(3, hungYen.get(), "the last change is shown once its renewal ran");

        change();
        assertEquals(4, hungYen.get(), "the trailing renewal opened a window with one place left");
        change();
        assertEquals(1, scheduled.size(), "the next waits for that window's end");
    }

    @Test
    void aProvincesPaceIsItsOwn() {
        change();
        change();
        change();
        AtomicInteger thaiBinh = new AtomicInteger();
        pace.renew("thai-binh", thaiBinh::incrementAndGet, (task, nanos) -> scheduled.add(task));
        assertEquals(1, thaiBinh.get(), "Thái Bình's change renews at once while Hưng Yên's feed waits");
    }

    @Test
    void afterAQuietWhileChangesRenewAtOnceAgain() {
        change();
        change();
        change();
        now.addAndGet(2 * SECOND);
        scheduled.remove(0).run();
        assertEquals(3, hungYen.get());
        now.addAndGet(5 * SECOND);
        change();
        change();
        assertEquals(5, hungYen.get(), "a new window: the feed's next two changes show at once");
        assertEquals(0, scheduled.size());
    }
}
