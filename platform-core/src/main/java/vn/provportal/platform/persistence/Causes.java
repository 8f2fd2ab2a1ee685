package vn.provportal.platform.persistence;

import java.util.function.Predicate;

/**
 * What a failure says once the container has wrapped it: a JDBC or JPA exception inside a transaction's rollback inside
 * an interceptor's. Every reading of a failure (an outage, a full disk, a lost race, a version moved on) walks its causes
 * here, at most 32 deep so that a cause cycle cannot loop.
 */
public final class Causes {

    private static final int DEPTH = 32;

    private Causes() {
    }

    /** Whether {@code failure} or one of its causes is what {@code test} looks for. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < DEPTH; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the row was changed by someone else since it was read (JPA's or EclipseLink's optimistic lock). */
    public static boolean isStaleVersion(Throwable failure) {
        return any(failure, t -> t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException);
    }
}
