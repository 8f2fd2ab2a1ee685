package vn.provportal.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that lost its connection 3 times, 5 s apart ({@code DatabaseLogin}'s defaults), so
 * while the database was down every page waited 20 s before it could say so. The pool now checks connections
 * before handing them out ({@link Migrations}), so one quick retry is enough: a request learns of an outage in
 * under a second and the citizen is told at once (#15).
 */
public class QuickRetry implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int DELAY_MILLIS = 200;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        }
    }
}
