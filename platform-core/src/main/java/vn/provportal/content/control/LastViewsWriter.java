package vn.provportal.content.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Writes the views still in memory when the JVM stops (SIGTERM), over a connection of its own. Payara removes the
 * application's pool before it calls {@code @PreDestroy} (measured: "No Pool Meta Data object associated with the
 * pool"), so the views of the last seconds before a stop — 928 of 1,316 in a stop under load — were lost. The hook
 * writes what is pending, then again every {@link #AGAIN_MS} ms while requests still finish, until nothing new
 * came {@link #QUIET} times in a row or {@link #AT_MOST_MS} ms passed. The lock is the flush's own, so no count is written twice.
 */
public final class LastViewsWriter {

    private static final Logger LOG = Logger.getLogger(LastViewsWriter.class.getName());
    static final long AGAIN_MS = 500;
    /** Quiet writes in a row after which requests are taken to have finished. */
    static final int QUIET = 10;
    /** Below the launcher's 30 s for a node to stop. */
    static final long AT_MOST_MS = 25_000;

    private final ViewCounter counter;
    private final Lock writing;
    private final String url;
    private final String user;
    private final String password;

    private LastViewsWriter(ViewCounter counter, Lock writing, String url, String user, String password) {
        this.counter = counter;
        this.writing = writing;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A shutdown hook for this node's counter, or none when the database's address is not configured. */
    public static java.util.Optional<Thread> hook(ViewCounter counter, Lock writing, Config config) {
        java.util.Optional<String> url = config.getOptionalValue("provportal.db.url", String.class);
        if (url.isEmpty()) {
            return java.util.Optional.empty();
        }
        LastViewsWriter writer = new LastViewsWriter(counter, writing, url.get(),
                config.getOptionalValue("provportal.db.user", String.class).orElse("provportal"),
                config.getOptionalValue("provportal.db.password", String.class).orElse(""));
        return java.util.Optional.of(new Thread(writer::writeUntilQuiet, "provportal last views"));
    }

    private void writeUntilQuiet() {
        long until = System.currentTimeMillis() + AT_MOST_MS;
        int quiet = 0;
        while (quiet < QUIET && System.currentTimeMillis() < until) {
            quiet = write() == 0 ? quiet + 1 : 0;
            try {
                Thread.sleep(AGAIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The views written now. */
    long write() {
        writing.lock();
        try {
            Map<ViewCounter.Key, Long> counts = counter.snapshot();
            if (counts.isEmpty()) {
                return 0;
            }
            MariaDbDataSource database = new MariaDbDataSource(url);
            database.setUser(user);
            database.setPassword(password);
            try (Connection c = database.getConnection(); PreparedStatement update = c.prepareStatement(ViewCounter.ADD_VIEWS)) {
                for (Map.Entry<ViewCounter.Key, Long> count : counts.entrySet()) {
                    update.setLong(1, count.getValue());
                    update.setLong(2, count.getKey().articleId());
                    update.setString(3, count.getKey().tenant());
                    update.addBatch();
                }
                update.executeBatch();
            }
            counts.forEach(counter::settle);
            return counts.values().stream().mapToLong(Long::longValue).sum();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "views counted before the stop could not be written", e);
            return 0;
        } finally {
            writing.unlock();
        }
    }
}
