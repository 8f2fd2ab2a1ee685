package vn.provportal.deploy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import vn.provportal.platform.database.EmbeddedMariaDb;

/**
 * The whole platform on one machine: MariaDB (embedded unless an external one is configured), Keycloak
 * and Payara Micro started side by side, then awaited. Stops in reverse order.
 */
public final class Stack implements AutoCloseable {

    private final StackConfig config;
    private EmbeddedMariaDb database;
    private ChildProcess keycloak;
    private ChildProcess payara;

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
        Secrets secrets = Secrets.loadOrCreate(config.home());
        startDatabase();
        if (config.externalKeycloakUrl().isEmpty()) {
            keycloak = KeycloakServer.start(config, secrets);
        }
        payara = PayaraServer.start(config, secrets);
        if (keycloak != null) {
            KeycloakServer.awaitReady(keycloak, config);
        }
        PayaraServer.awaitReady(payara, config);
    }

    private void startDatabase() {
        if (config.externalDbUrl().isPresent()) {
            try (Connection ignored = DriverManager.getConnection(config.dbUrl(), config.dbUser(),
                    config.dbPassword())) {
                return;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach PROVPORTAL_DB_URL " + config.dbUrl(), e);
            }
        }
        if (EmbeddedMariaDb.isListening(config.dbPort())) {
            throw new IllegalStateException("port " + config.dbPort() + " is in use; set PROVPORTAL_DB_PORT");
        }
        database = EmbeddedMariaDb.start(config.home().resolve("mariadb"), config.dbPort());
    }

    public StackConfig config() {
        return config;
    }

    public Optional<Long> payaraPid() {
        return Optional.ofNullable(payara).map(ChildProcess::pid);
    }

    public Optional<Long> keycloakPid() {
        return Optional.ofNullable(keycloak).map(ChildProcess::pid);
    }

    public Path logs() {
        return config.logs();
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.stop(Duration.ofSeconds(30));
        }
        if (keycloak != null) {
            keycloak.stop(Duration.ofSeconds(30));
        }
        if (database != null) {
            database.close();
        }
    }
}
