package vn.provportal.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (restarting, failed over, pool empty) from a defect, so that the pages
 * can say "try again in a few seconds" and keep what the user typed, instead of answering 500 (#15).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether this failure, or one of its causes, is a lost or refused connection (SQLState class 08). */
    public static boolean isCause(Throwable failure) {
        return Causes.any(failure, t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof jakarta.resource.ResourceException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
    }
}
