package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The count a reader sees — a stored count read earlier (and kept with the page's parts), plus what this node has
 * written since, plus what it has not written yet — goes up by one per view and never back when views are written.
 */
class ViewCounterTest {

    @Test
    void aKeptStoredCountPlusWrittenSincePlusPendingNeverGoesBack() {
        ViewCounter counter = new ViewCounter();
        long stored = 38;
        long writtenThen = counter.written("hung-yen", 7);
        counter.record("hung-yen", 7);
        counter.record("hung-yen", 7);
        counter.record("thai-binh", 7);
        assertEquals(40, shown(counter, stored, writtenThen));

        counter.snapshot().forEach(counter::settle);
        assertEquals(40, shown(counter, stored, writtenThen), "written to the database: the same number, not 38");
        assertEquals(2, counter.written("hung-yen", 7));
        assertEquals(1, counter.written("thai-binh", 7), "each province's article apart");

        counter.record("hung-yen", 7);
        assertEquals(41, shown(counter, stored, writtenThen));
        assertEquals(41, shown(counter, 40, counter.written("hung-yen", 7)), "a count read after the write agrees");
    }

    @Test
    void noViewIsLostWhileCountsAreWrittenBetweenReaders() throws InterruptedException {
        ViewCounter counter = new ViewCounter();
        int readers = 4;
        int views = 200_000;
        java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread flush = new Thread(() -> {
            while (reading.get()) {
                counter.snapshot().forEach(counter::settle);
            }
        });
        flush.start();
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < readers; i++) {
            Thread reader = new Thread(() -> {
                for (int n = 0; n < views; n++) {
                    counter.record("hung-yen", 7);
                }
            });
            reader.start();
            threads.add(reader);
        }
        for (Thread reader : threads) {
            reader.join();
        }
        reading.set(false);
        flush.join();
        counter.snapshot().forEach(counter::settle);
        assertEquals(readers * views, counter.written("hung-yen", 7), "every view counted is written once");
        assertEquals(0, counter.backlog());
    }

    private static long shown(ViewCounter counter, long stored, long writtenThen) {
        return counter.shown("hung-yen", 7, stored, writtenThen);
    }
}
