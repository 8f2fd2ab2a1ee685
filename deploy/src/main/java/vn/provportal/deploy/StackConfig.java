package vn.provportal.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import vn.provportal.platform.database.DatabaseAccount;

/**
 * Everything the launcher needs to know, read from {@code PROVPORTAL_*} environment variables.
 *
 * @param stackDir     where the build put payara-micro.jar, the Keycloak zip and the wars
 * @param home         where data, logs and generated secrets live between runs
 * @param externalDbUrl an external MariaDB to use instead of the embedded one
 * @param dbPassword   the database account's password; without it, the one generated into {@code secrets.properties}
 * @param externalKeycloakUrl an already running Keycloak to use instead of starting one
 * @param allowOutOfStep start even when the database and Keycloak know different provinces
 * @param nodes          Payara Micro nodes: 1 serves on {@code httpPort}; 2 or more serve on {@code httpPort}+1…
 *                       behind the edge cache on {@code httpPort}
 * @param gridPort       the first node's Hazelcast data-grid port (the next nodes take the following ports)
 * @param gridInterface  the only address the data grid listens on: loopback unless a private interface is given
 * @param httpThreads    requests each node works on at once ({@code PROVPORTAL_HTTP_THREADS}; default 4 per core, at
 *                       least 8): the others wait their turn in the queue, which on 2 cores halved the article page's
 *                       p99 against Payara's default pool (#14)
 * @param backupDir      where nightly and erase-time province archives go, shared by every node and by
 *                       {@code province.sh} ({@code PROVPORTAL_BACKUP_DIR}; default {@code <home>/backups})
 * @param accessLog      whether each node writes an access log ({@code PROVPORTAL_ACCESS_LOG}; off by default)
 * @param publicAddress  where absolute links (canonical, RSS, sitemap, preview links) point when citizens reach the
 *                       portal at another address than this machine's ({@code PROVPORTAL_PORTAL_URL})
 */
public record StackConfig(Path stackDir, Path home, int httpPort, int keycloakPort, int dbPort,
        Optional<String> externalDbUrl, String dbUser, Optional<String> dbPassword, Optional<String> externalKeycloakUrl,
        String demoPassword, boolean demo, String keycloakVersion, boolean allowOutOfStep, int nodes, int gridPort,
        String gridInterface, int httpThreads, Path backupDir, boolean accessLog, Optional<String> publicAddress) {

    public static final String DEFAULT_DEMO_PASSWORD = "ProvPortal-demo-2026";

    public static StackConfig fromEnvironment(Path stackDir, String keycloakVersion) {
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("PROVPORTAL_HOME", ".provportal")).toAbsolutePath();
        return new StackConfig(stackDir, home,
                Integer.parseInt(env.getOrDefault("PROVPORTAL_HTTP_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_KEYCLOAK_PORT", "8180")),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_DB_PORT", "3307")),
                Optional.ofNullable(env.get("PROVPORTAL_DB_URL")).filter(s -> !s.isBlank()),
                env.getOrDefault("PROVPORTAL_DB_USER", "provportal"),
                Optional.ofNullable(env.get("PROVPORTAL_DB_PASSWORD")).filter(s -> !s.isEmpty()),
                Optional.ofNullable(env.get("PROVPORTAL_KEYCLOAK_URL")).filter(s -> !s.isBlank()),
                env.getOrDefault("PROVPORTAL_DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD),
                Boolean.parseBoolean(env.getOrDefault("PROVPORTAL_DEMO", "true")),
                keycloakVersion,
                Boolean.parseBoolean(env.getOrDefault("PROVPORTAL_ALLOW_OUT_OF_STEP", "false")),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_NODES", "1")),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_GRID_PORT", "6900")),
                env.getOrDefault("PROVPORTAL_GRID_INTERFACE", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_HTTP_THREADS", Integer.toString(defaultHttpThreads()))),
                Optional.ofNullable(env.get("PROVPORTAL_BACKUP_DIR")).filter(s -> !s.isBlank()).map(Path::of)
                        .orElseGet(() -> defaultBackupDir(home)).toAbsolutePath(),
                Boolean.parseBoolean(env.getOrDefault("PROVPORTAL_ACCESS_LOG", "false")),
                Optional.ofNullable(env.get("PROVPORTAL_PORTAL_URL")).filter(s -> !s.isBlank()));
    }

    /** Where province archives go unless {@code PROVPORTAL_BACKUP_DIR} says otherwise. */
    public static Path defaultBackupDir(Path home) {
        return home.resolve("backups");
    }

    /** 4 requests at once per core, at least 8. */
    public static int defaultHttpThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    public StackConfig {
        if (nodes < 1 || nodes > 9) {
            throw new IllegalArgumentException("PROVPORTAL_NODES must be 1 to 9, not " + nodes);
        }
        if (httpThreads < 2 || httpThreads > 1000) {
            throw new IllegalArgumentException("PROVPORTAL_HTTP_THREADS must be 2 to 1000, not " + httpThreads);
        }
        if (gridInterface.isBlank() || gridInterface.equals("0.0.0.0") || gridInterface.equals("::")) {
            throw new IllegalArgumentException("PROVPORTAL_GRID_INTERFACE must name one address: the data grid has no"
                    + " password in Hazelcast 5 and must never listen on every interface");
        }
    }

    public boolean clustered() {
        return nodes > 1;
    }

    /** Where node {@code n} (1-based) serves HTTP: the single node on the public port, cluster nodes beside it. */
    public int nodeHttpPort(int n) {
        return clustered() ? httpPort + n : httpPort;
    }

    public String nodeUrl(int n) {
        return "http://localhost:" + nodeHttpPort(n);
    }

    public String portalUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Where absolute links point: the operator's public address, else {@link #portalUrl()}. */
    public String publicUrl() {
        return publicAddress.orElseGet(this::portalUrl);
    }

    public String adminUrl() {
        return portalUrl() + "/admin";
    }

    public String keycloakUrl() {
        return externalKeycloakUrl.orElse("http://localhost:" + keycloakPort);
    }

    public String dbUrl() {
        return externalDbUrl.orElse("jdbc:mariadb://127.0.0.1:" + dbPort + "/provportal");
    }

    /** The account the platform uses: for the embedded server, the one it sets up as it starts. */
    DatabaseAccount dbAccount(Secrets secrets) {
        return new DatabaseAccount(dbUser, dbPassword.orElseGet(() -> secrets.generated(Secrets.DB_PASSWORD)));
    }

    public Path logs() {
        return home.resolve("logs");
    }
}
