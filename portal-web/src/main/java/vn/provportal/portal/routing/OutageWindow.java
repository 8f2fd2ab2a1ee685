package vn.provportal.portal.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Once a page failed because the database could not be reached, the other requests do not each wait for a
 * connection the pool cannot make: one request at a time tries the database while the rest are answered at once
 * ({@link Unavailable}, or the kept copy), and the first request that gets past the database closes the window.
 * Every request that was let through reports how it ended, whatever happened — a request that failed for another
 * reason got past the database too, and must not leave the window closed to everyone else.
 */
@ApplicationScoped
public class OutageWindow {

    private volatile boolean open;
    private final AtomicBoolean probing = new AtomicBoolean();

    /** Whether this request should render (and so try the database); during an outage only one at a time does. */
    boolean mayTry() {
        return !open || probing.compareAndSet(false, true);
    }

    /** The request reached the database (rendered, or failed for a reason of its own). */
    void reached() {
        if (open) {
            open = false;
            probing.set(false);
        }
    }

    /** The request could not reach the database. */
    void unreachable() {
        open = true;
        probing.set(false);
    }
}
