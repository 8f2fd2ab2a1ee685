package vn.provportal.portal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Security issue #12 item 10: Hưng Yên's readers were slowed while Thái Bình took 2,000 comment posts in 20 s. */
class PostBulkheadTest {

    private final PostBulkhead bulkhead = bulkhead(2);

    @Test
    void aProvinceWhosePlacesAreTakenDoesNotTakeAnotherProvincesPlaces() throws Exception {
        List<PostBulkhead.Permit> flood = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            bulkhead.enter("thai-binh").ifPresent(flood::add);
        }
        assertEquals(2, flood.size(), "Thái Bình's posts worked on at once");
        ExecutorService waiters = Executors.newFixedThreadPool(4);
        try {
            // a province refused nothing yet: four more wait for a place (a burst after a pause), the next is answered
            List<Future<Optional<PostBulkhead.Permit>>> waiting = waitFor("thai-binh", 4, waiters);
            for (int i = 0; i < 50; i++) {
                assertTrue(bulkhead.enter("thai-binh").isEmpty(), "a post beyond those waiting is refused");
            }
            assertEquals(4, bulkhead.waiting("thai-binh"), "the refused posts were answered while four still waited");

            Optional<PostBulkhead.Permit> hungYen = bulkhead.enter("hung-yen");
            assertTrue(hungYen.isPresent(), "Hưng Yên's reader still posts");
            hungYen.get().close();

            for (Future<Optional<PostBulkhead.Permit>> waiter : waiting) {
                assertTrue(waiter.get().isEmpty(), "no place came free: the waiting posts are refused in the end");
            }
            assertEquals(0, bulkhead.waiting("thai-binh"));

            // refused once, the flood is held to as many waiting as places: two wait, the third is answered at once
            waiting = waitFor("thai-binh", 2, waiters);
            assertTrue(bulkhead.enter("thai-binh").isEmpty(), "a flood refused before gets two waiting, not four");
            assertEquals(2, bulkhead.waiting("thai-binh"));
            for (Future<Optional<PostBulkhead.Permit>> waiter : waiting) {
                assertTrue(waiter.get().isEmpty());
            }
        } finally {
            waiters.shutdownNow();
        }
    }

    private List<Future<Optional<PostBulkhead.Permit>>> waitFor(String province, int posts, ExecutorService threads) {
        List<Future<Optional<PostBulkhead.Permit>>> waiting = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            waiting.add(threads.submit(() -> bulkhead.enter(province)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (bulkhead.waiting(province) < posts) {
            assertTrue(System.nanoTime() < deadline, posts + " posts were to wait, " + bulkhead.waiting(province) + " do");
            Thread.onSpinWait();
        }
        return waiting;
    }

    @Test
    void aPostArrivingWhileBothPlacesAreTakenGetsTheFirstThatComesFree() throws Exception {
        PostBulkhead.Permit first = bulkhead.enter("thai-binh").orElseThrow();
        PostBulkhead.Permit second = bulkhead.enter("thai-binh").orElseThrow();
        ExecutorService citizen = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<PostBulkhead.Permit>> third = citizen.submit(() -> bulkhead.enter("thai-binh"));
            while (bulkhead.waiting("thai-binh") < 1) {
                Thread.onSpinWait();
            }
            first.close();
            Optional<PostBulkhead.Permit> got = third.get();
            assertTrue(got.isPresent(), "the citizen's post took the place the first one left");
            got.get().close();
        } finally {
            citizen.shutdownNow();
            second.close();
        }
    }

    @Test
    void aPlaceIsFreeAgainOnceItsPostIsDone() {
        PostBulkhead.Permit first = bulkhead.enter("thai-binh").orElseThrow();
        PostBulkhead.Permit second = bulkhead.enter("thai-binh").orElseThrow();
        assertTrue(bulkhead.enter("thai-binh").isEmpty());
        first.close();
        try (PostBulkhead.Permit third = bulkhead.enter("thai-binh").orElseThrow()) {
            assertTrue(bulkhead.enter("thai-binh").isEmpty(), "still two at most");
        }
        second.close();
        assertTrue(bulkhead.enter("thai-binh").isPresent());
    }

    @Test
    void aSettingBelowOneStillLetsOnePostThrough() {
        PostBulkhead none = bulkhead(0);
        assertTrue(none.enter("thai-binh").isPresent());
        assertTrue(none.enter("thai-binh").isEmpty());
    }

    private static PostBulkhead bulkhead(int perProvince) {
        PostBulkhead bulkhead = new PostBulkhead();
        bulkhead.perProvince = perProvince;
        bulkhead.check();
        return bulkhead;
    }
}
