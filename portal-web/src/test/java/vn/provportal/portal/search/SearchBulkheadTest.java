package vn.provportal.portal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.provportal.portal.routing.PostBulkhead;

/**
 * Measured with bench/load.sh: a few searches for the commonest words at once held every request thread of the node
 * and the portal's other pages queued behind them. Searches now take at most their places.
 */
class SearchBulkheadTest {

    @Test
    void aSearchBeyondThePlacesIsToldToComeBackAfterAShortWait() {
        SearchBulkhead bulkhead = bulkhead(2);
        PostBulkhead.Permit first = bulkhead.enter().orElseThrow();
        PostBulkhead.Permit second = bulkhead.enter().orElseThrow();
        long start = System.nanoTime();
        Optional<PostBulkhead.Permit> third = bulkhead.enter();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(third.isEmpty(), "two searches at once at most");
        assertTrue(waited >= SearchBulkhead.WAIT_MILLIS - 50 && waited < SearchBulkhead.WAIT_MILLIS + 1500,
                "it waited for a place, then gave up: " + waited + " ms");
        first.close();
        second.close();
    }

    @Test
    void aSearchWaitingGetsThePlaceFreedMeanwhile() throws Exception {
        SearchBulkhead bulkhead = bulkhead(1);
        PostBulkhead.Permit running = bulkhead.enter().orElseThrow();
        CompletableFuture<Optional<PostBulkhead.Permit>> waiting = CompletableFuture.supplyAsync(bulkhead::enter);
        Thread.sleep(200);
        running.close();
        Optional<PostBulkhead.Permit> got = waiting.get(5, TimeUnit.SECONDS);
        assertTrue(got.isPresent(), "the waiting search runs once the other is done");
        got.get().close();
        assertTrue(bulkhead.enter().isPresent(), "and its place is free again afterwards");
    }

    @Test
    void aSettingBelowOneStillRunsOneSearch() {
        SearchBulkhead none = bulkhead(0);
        assertTrue(none.enter().isPresent());
        assertTrue(none.enter().isEmpty(), "one at most");
    }

    private static SearchBulkhead bulkhead(int atOnce) {
        SearchBulkhead bulkhead = new SearchBulkhead();
        bulkhead.atOnce = atOnce;
        bulkhead.create();
        return bulkhead;
    }
}
