package vn.provportal.platform.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A write that lost a race on the same rows to a concurrent request — a version already moved on, a row the other
 * inserted first, a deadlock MariaDB broke by rolling this one back — tried again in a new transaction instead of
 * answering 500. For writes that replace what is stored (a period's figures PUT again) or count (a vote), where the
 * retry does exactly what the request asked; never for an editor's save, whose conflict the editor must see.
 *
 * <p>Found under {@code bench/load.sh}: two figures PUT for one period at the same instant, one answered 500 by
 * EclipseLink's optimistic lock.
 */
public final class LostRace {

    /** Tries before the failure is let through: a race lost four times in a row is not a race. */
    static final int TRIES = 4;

    private static final int DUPLICATE_KEY = 1062;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;

    private LostRace() {
    }

    /** {@code write} (a call into a transactional boundary), again while it loses a race, at most {@link #TRIES}. */
    public static <T> T retried(Supplier<T> write) {
        for (int attempt = 1;; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= TRIES || !isCause(e)) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    /** Whether {@code failure} comes from a concurrent write to the same rows. */
    public static boolean isCause(Throwable failure) {
        return Causes.isStaleVersion(failure) || Causes.any(failure, t -> t instanceof SQLException sql
                && (sql.getErrorCode() == DUPLICATE_KEY || sql.getErrorCode() == DEADLOCK
                        || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState())));
    }
}
