package vn.provportal.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The whole platform as {@code deploy/run.sh} starts it — embedded MariaDB, the real Keycloak with the
 * platform realm, Payara Micro with both wars — started once for every test class of this module that
 * uses it, and stopped when the test run ends. Data of a previous run is wiped first. When a test fails, what the
 * node logged above INFO while it ran is printed with the failure: CI keeps the build's output, not the stack's logs.
 */
final class RunningStack implements BeforeAllCallback, BeforeEachCallback, TestWatcher {

    /** Lines of the node's log printed at most with a failure. */
    private static final int LOG_LINES = 80;

    static final String PASSWORD = "it-" + java.util.UUID.randomUUID();

    private static StackConfig config;

    static StackConfig config() {
        return config;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningStack.class, key -> start(), Started.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.create(RunningStack.class)).put("log", logSize());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Long from = context.getStore(ExtensionContext.Namespace.create(RunningStack.class)).get("log", Long.class);
        if (config == null || from == null) {
            return;
        }
        java.util.List<String> logged = NodeLog.warningsSince(config.logs().resolve("payara.log"), from, LOG_LINES);
        System.out.println("--- " + context.getDisplayName() + " failed; the node logged above INFO meanwhile ("
                + logged.size() + " lines) ---");
        logged.forEach(System.out::println);
    }

    private static long logSize() {
        Path log = config == null ? null : config.logs().resolve("payara.log");
        try {
            return log != null && Files.exists(log) ? Files.size(log) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The started stack, closed by JUnit when the root context (the whole run) closes. */
    private record Started(Stack stack) implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        @Override
        public void close() {
            stack.close();
        }
    }

    private static Started start() {
        Path stackDir = Path.of(System.getProperty("stack.dir", "target/stack"));
        Path home = Path.of(System.getProperty("stack.home", "target/it-home")).toAbsolutePath();
        config = new StackConfig(stackDir, home,
                Integer.getInteger("it.http.port", 18080), Integer.getInteger("it.keycloak.port", 18180),
                Integer.getInteger("it.db.port", 13307), Optional.empty(), "provportal", Optional.empty(),
                Optional.empty(), PASSWORD, true, KeycloakServer.versionIn(stackDir), false, 1,
                Integer.getInteger("it.grid.port", 16900), "127.0.0.1", StackConfig.defaultHttpThreads(),
                StackConfig.defaultBackupDir(home), false, Optional.empty());
        deleteKeycloakData();
        deleteRecursively(config.home().resolve("mariadb/data"));
        return new Started(new Stack(config).start());
    }

    /** Deletes a folder and everything in it (the stack tests' homes and data between runs). */
    static void deleteRecursively(Path dir) {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void deleteKeycloakData() {
        deleteRecursively(config.home().resolve("keycloak/keycloak-" + config.keycloakVersion() + "/data/h2"));
    }
}
