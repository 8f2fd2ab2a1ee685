package vn.provportal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Payara Micro running both wars: the portal at {@code /} (ROOT.war) and the back office at {@code /admin}.
 * Configuration reaches the applications as {@code PROVPORTAL_*} environment variables, read through
 * MicroProfile Config at run time.
 */
final class PayaraServer {

    private PayaraServer() {
    }

    static ChildProcess start(StackConfig config, Secrets secrets) {
        Path runtime = config.home().resolve("payara-runtime");
        deleteRecursively(runtime);
        Map<String, String> env = new HashMap<>();
        env.put("PROVPORTAL_DB_URL", config.dbUrl());
        env.put("PROVPORTAL_DB_USER", config.dbUser());
        env.put("PROVPORTAL_DB_PASSWORD", config.dbPassword());
        env.put("PROVPORTAL_KEYCLOAK_URL", config.keycloakUrl());
        env.put("PROVPORTAL_OIDC_CLIENT_SECRET", secrets.get(Secrets.OIDC_CLIENT_SECRET));
        env.put("PROVPORTAL_PROVISIONER_CLIENT_SECRET", secrets.get(Secrets.PROVISIONER_SECRET));
        env.put("PROVPORTAL_ADMIN_URL", config.adminUrl());
        env.put("PROVPORTAL_DEMO", Boolean.toString(config.demo()));
        String demoKey = System.getenv("PROVPORTAL_DEMO_API_KEY");
        if (demoKey != null && !demoKey.isBlank()) {
            env.put("PROVPORTAL_DEMO_API_KEY", demoKey);
        }
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-jar", config.stackDir().resolve("payara-micro.jar").toString(),
                "--nocluster",
                "--port", Integer.toString(config.httpPort()),
                "--rootDir", runtime.toString(),
                "--deploy", config.stackDir().resolve("ROOT.war").toString(),
                "--deploy", config.stackDir().resolve("admin.war").toString());
        return ChildProcess.start("Payara Micro", command, env, config.home(), config.logs().resolve("payara.log"));
    }

    /** Ready when both applications answer: a failed deployment leaves Payara up but answering 404. */
    static void awaitReady(ChildProcess payara, StackConfig config) {
        payara.awaitReady(config.portalUrl() + "/", status -> status == 200, Duration.ofMinutes(5));
        payara.awaitReady(config.adminUrl() + "/signed-out.xhtml", status -> status == 200, Duration.ofMinutes(2));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
