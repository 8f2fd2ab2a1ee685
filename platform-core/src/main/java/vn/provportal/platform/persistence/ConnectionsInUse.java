package vn.provportal.platform.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How many of this application's pooled database connections EclipseLink holds right now, for the DB pool gauge
 * in {@code /metrics}. EclipseLink takes a connection from the container's pool for a transaction or a read and
 * gives it back after; it raises these two events around that, in every persistence unit that names this class
 * as {@code eclipselink.session-event-listener}.
 */
public class ConnectionsInUse extends SessionEventAdapter {

    private static final AtomicInteger IN_USE = new AtomicInteger();

    public static int now() {
        return Math.max(0, IN_USE.get());
    }

    @Override
    public void postAcquireConnection(SessionEvent event) {
        IN_USE.incrementAndGet();
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        IN_USE.decrementAndGet();
    }
}
