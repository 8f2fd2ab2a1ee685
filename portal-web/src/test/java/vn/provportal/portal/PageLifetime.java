package vn.provportal.portal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for a page the node keeps ({@code PageCache}) to show a change that did not go through a boundary — a
 * test fixture writing to the database directly announces nothing, so the kept copy is replaced only when its
 * lifetime ({@code provportal.page-cache.seconds}, 2 s) runs out. Changes made through the application drop the
 * copy at once and need no waiting.
 */
final class PageLifetime {

    static final Duration LIMIT = Duration.ofMillis(3500);

    private PageLifetime() {
    }

    /** The first answer that shows the change, or the last one tried once the lifetime has certainly passed. */
    static <T> HttpResponse<T> awaitChange(Supplier<HttpResponse<T>> get, Predicate<HttpResponse<T>> changed) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        HttpResponse<T> response = get.get();
        while (!changed.test(response) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = get.get();
        }
        return response;
    }
}
