package vn.provportal.deploy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.provportal.platform.database.DatabaseAccount;
import vn.provportal.platform.database.EmbeddedMariaDb;

/**
 * The whole platform on one machine: MariaDB (embedded unless an external one is configured), Keycloak
 * and Payara Micro started side by side, then awaited. Stops in reverse order.
 */
public final class Stack implements AutoCloseable {

    private final StackConfig config;
    private EmbeddedMariaDb database;
    private DatabaseWatch databaseWatch;
    private ChildProcess keycloak;
    private final List<ChildProcess> nodes = new ArrayList<>();
    private ChildProcess edge;

    public Stack(StackConfig config) {
        this.config = config;
    }

    /** Starts everything or, if any part fails, stops what did start and rethrows. */
    public Stack start() {
        try {
            startAll();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() {
        Leftovers leftovers = new Leftovers(config.home());
        leftovers.stopPrevious();
        Secrets secrets = Secrets.loadOrCreate(config.home());
        startDatabase(config.dbAccount(secrets));
        if (config.externalKeycloakUrl().isEmpty()) {
            keycloak = KeycloakServer.start(config, secrets);
        }
        for (int n = 1; n <= config.nodes(); n++) {
            nodes.add(PayaraServer.start(config, secrets, n));
        }
        if (config.clustered()) {
            edge = EdgeCache.start(config);
        }
        leftovers.record();
        if (keycloak != null) {
            KeycloakServer.awaitReady(keycloak, config);
        }
        for (int n = 1; n <= config.nodes(); n++) {
            PayaraServer.awaitReady(nodes.get(n - 1), config, n);
        }
        if (edge != null) {
            EdgeCache.awaitReady(edge, config);
        }
        leftovers.record();
        refuseHalfWorld(secrets);
    }

    /** The database and Keycloak must know the same provinces, or the platform would serve a half-world. */
    private void refuseHalfWorld(Secrets secrets) {
        ProvincesInStep first = ProvinceCheck.look(config, secrets);
        List<String> problems = first.problems();
        if (!problems.isEmpty()) {
            ChildProcess.sleep(java.time.Duration.ofSeconds(3));
            problems = first.problemsStillIn(ProvinceCheck.look(config, secrets));
        }
        if (problems.isEmpty()) {
            return;
        }
        String report = String.join("\n  ", problems);
        if (config.allowOutOfStep()) {
            System.err.println("ProvPortal: CẢNH BÁO / WARNING — cơ sở dữ liệu và Keycloak không khớp / the database"
                    + " and Keycloak disagree (PROVPORTAL_ALLOW_OUT_OF_STEP=true):\n  " + report);
            return;
        }
        throw new IllegalStateException("cơ sở dữ liệu và Keycloak không khớp / the database and Keycloak disagree:\n  "
                + report + "\nMột bên đã mất dữ liệu: hãy khôi phục bên đó từ bản sao lưu (" + config.home().resolve("mariadb")
                + ", " + config.home().resolve("keycloak") + "). / One side lost its data: restore it from its backup."
                + "\nNếu sự khác biệt là cố ý, chạy với PROVPORTAL_ALLOW_OUT_OF_STEP=true. / If the difference is intended,"
                + " start with PROVPORTAL_ALLOW_OUT_OF_STEP=true.");
    }

    private void startDatabase(DatabaseAccount account) {
        if (config.externalDbUrl().isPresent()) {
            try (Connection ignored = DriverManager.getConnection(config.dbUrl(), account.user(), account.password())) {
                return;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach PROVPORTAL_DB_URL " + config.dbUrl(), e);
            }
        }
        if (EmbeddedMariaDb.isListening(config.dbPort())) {
            throw new IllegalStateException("port " + config.dbPort() + " is in use; set PROVPORTAL_DB_PORT");
        }
        database = EmbeddedMariaDb.start(config.home().resolve("mariadb"), config.dbPort(), account).stoppedByOwner();
        databaseWatch = DatabaseWatch.of(database);
    }

    public StackConfig config() {
        return config;
    }

    public Optional<Long> payaraPid() {
        return nodes.stream().findFirst().map(ChildProcess::pid);
    }

    public Optional<Long> keycloakPid() {
        return Optional.ofNullable(keycloak).map(ChildProcess::pid);
    }

    public Path logs() {
        return config.logs();
    }

    @Override
    public synchronized void close() {
        if (edge != null) {
            edge.stop(Duration.ofSeconds(10));
            edge = null;
        }
        nodes.forEach(node -> node.stop(Duration.ofSeconds(30)));
        nodes.clear();
        if (keycloak != null) {
            keycloak.stop(Duration.ofSeconds(30));
            keycloak = null;
        }
        if (databaseWatch != null) {
            databaseWatch.close();
            databaseWatch = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
