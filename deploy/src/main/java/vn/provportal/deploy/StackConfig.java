package vn.provportal.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the launcher needs to know, read from {@code PROVPORTAL_*} environment variables.
 *
 * @param stackDir     where the build put payara-micro.jar, the Keycloak zip and the wars
 * @param home         where data, logs and generated secrets live between runs
 * @param externalDbUrl an external MariaDB to use instead of the embedded one
 * @param externalKeycloakUrl an already running Keycloak to use instead of starting one
 */
public record StackConfig(Path stackDir, Path home, int httpPort, int keycloakPort, int dbPort,
        Optional<String> externalDbUrl, String dbUser, String dbPassword, Optional<String> externalKeycloakUrl,
        String demoPassword, boolean demo, String keycloakVersion) {

    public static final String DEFAULT_DEMO_PASSWORD = "ProvPortal-demo-2026";

    public static StackConfig fromEnvironment(Path stackDir, String keycloakVersion) {
        Map<String, String> env = System.getenv();
        return new StackConfig(stackDir,
                Path.of(env.getOrDefault("PROVPORTAL_HOME", ".provportal")).toAbsolutePath(),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_HTTP_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_KEYCLOAK_PORT", "8180")),
                Integer.parseInt(env.getOrDefault("PROVPORTAL_DB_PORT", "3307")),
                Optional.ofNullable(env.get("PROVPORTAL_DB_URL")).filter(s -> !s.isBlank()),
                env.getOrDefault("PROVPORTAL_DB_USER", "provportal"),
                env.getOrDefault("PROVPORTAL_DB_PASSWORD", "provportal"),
                Optional.ofNullable(env.get("PROVPORTAL_KEYCLOAK_URL")).filter(s -> !s.isBlank()),
                env.getOrDefault("PROVPORTAL_DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD),
                Boolean.parseBoolean(env.getOrDefault("PROVPORTAL_DEMO", "true")),
                keycloakVersion);
    }

    public String portalUrl() {
        return "http://localhost:" + httpPort;
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

    public Path logs() {
        return home.resolve("logs");
    }
}
