package vn.provportal.platform.persistence;

/**
 * The SQL statements the current thread had the database execute since it last called {@link #start()}: what one
 * request cost, counted by the connection pool itself ({@link StatementTrace}), so background work on other threads
 * (view counts written, scheduled releases) never adds to a page's figure as MariaDB's server-wide counters do.
 */
public final class StatementCount {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private StatementCount() {
    }

    /** Counts from zero on this thread: a request thread calls it before its work. */
    public static void start() {
        COUNT.get()[0] = 0;
    }

    /** Statements this thread executed since {@link #start()}. */
    public static int sinceStart() {
        return COUNT.get()[0];
    }

    static void executed() {
        COUNT.get()[0]++;
    }
}
