package vn.provportal.portal.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Once a page failed because the database could not be reached, the other requests do not each wait for a
 * connection the pool cannot make: one request at a time tries the database while the rest are answered at once
 * ({@link Unavailable}, or the kept copy), and the first success closes the window.
 */
@ApplicationScoped
public class OutageWindow {

    private volatile boolean open;
    private final AtomicBoolean probing = new AtomicBoolean();

    /** Whether this request should render (and so try the database); during an outage only one at a time does. */
    boolean mayTry() {
        return !open || probing.compareAndSet(false, true);
    }

    void rendered() {
        if (open) {
            open = false;
            probing.set(false);
        }
    }

    void failed() {
        open = true;
        probing.set(false);
    }
}
