package vn.provportal.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.provportal.platform.database.DatabaseAccount;
import vn.provportal.platform.database.EmbeddedMariaDb;
import vn.provportal.platform.persistence.Migrations;

/**
 * The real MariaDB that integration tests talk to: started once per test JVM on the port failsafe is
 * given ({@code it.db.port}), migrated by the application's own Flyway migrations. Idempotent, so any test
 * class may call it first, in any order. Payara Micro processes started by Arquillian reach the same server
 * through {@code PROVPORTAL_DB_URL}, which the build sets.
 */
public final class TestDatabase {

    private static EmbeddedMariaDb server;
    private static boolean migrated;

    private TestDatabase() {
    }

    public static synchronized DataSource ensureStarted() {
        int port = Integer.getInteger("it.db.port", 33307);
        if (!EmbeddedMariaDb.isListening(port)) {
            server = EmbeddedMariaDb.start(Path.of(System.getProperty("it.db.dir", "target/it-mariadb")), port, account());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        DataSource dataSource = dataSource(port);
        if (!migrated) {
            Migrations.apply(dataSource, TestDatabase.class.getClassLoader());
            migrated = true;
        }
        return dataSource;
    }

    public static String jdbcUrl() {
        return EmbeddedMariaDb.jdbcUrl(Integer.getInteger("it.db.port", 33307));
    }

    /** The account the build gives the tests and the Payara Micro processes Arquillian starts. */
    public static DatabaseAccount account() {
        return new DatabaseAccount(System.getenv().getOrDefault("PROVPORTAL_DB_USER", "provportal"),
                System.getenv().getOrDefault("PROVPORTAL_DB_PASSWORD", "provportal"));
    }

    private static DataSource dataSource(int port) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(EmbeddedMariaDb.jdbcUrl(port));
            dataSource.setUser(account().user());
            dataSource.setPassword(account().password());
            try (Connection ignored = dataSource.getConnection()) {
                return dataSource;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test database not reachable on port " + port, e);
        }
    }
}
