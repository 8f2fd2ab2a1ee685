package vn.provportal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A Payara Micro node running both wars: the portal at {@code /} (ROOT.war) and the back office at {@code /admin}.
 * Configuration reaches the applications as {@code PROVPORTAL_*} environment variables, read through
 * MicroProfile Config at run time.
 *
 * <p>Every node joins Payara's Hazelcast data grid — a single node too, because its two wars keep two
 * EclipseLink caches that the grid keeps coherent (ARCHITECTURE.md, decision 20). The grid is found by a TCP/IP
 * member list (never multicast), named by a generated cluster name, and listens only on the configured interface.
 */
final class PayaraServer {

    /** Payara's transport for EclipseLink cache coordination over its own Hazelcast. */
    static final String COORDINATION =
            "fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager";

    private PayaraServer() {
    }

    /** Starts node {@code n} (1-based) of {@code config.nodes()}. */
    static ChildProcess start(StackConfig config, Secrets secrets, int n) {
        Path runtime = config.home().resolve(config.clustered() ? "payara-runtime-" + n : "payara-runtime");
        deleteRecursively(runtime);
        Path preboot = preboot(config, n);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // 512 MB serves 34 provinces under load (issue #14), all of it from the start: grown from G1's smaller
                // start while the day's load rose, it was collected four times a second for a minute under bench/load.sh
                // and a citizen's post then found its province's places taken; GC pauses logged for the benchmark
                "-Xms512m", "-Xmx512m", "-Xlog:gc:file=" + config.logs().resolve("gc-node-" + n + ".log") + ":uptime,level,tags",
                "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-Dhazelcast.socket.bind.any=false", "-Dprovportal.node=node-" + n,
                "-Declipselink.cache.coordination.protocol=" + COORDINATION,
                "-Declipselink.cache.coordination.channel=provportal",
                "-jar", config.stackDir().resolve("payara-micro.jar").toString(),
                "--name", "node-" + n,
                "--clustername", secrets.get(Secrets.CLUSTER_NAME),
                "--clustermode", "tcpip:" + members(config),
                "--interfaces", config.gridInterface(),
                "--startport", Integer.toString(config.gridPort() + n - 1),
                "--disablephonehome",
                "--prebootcommandfile", preboot.toString(),
                "--port", Integer.toString(config.nodeHttpPort(n)),
                "--rootDir", runtime.toString(),
                "--deploy", config.stackDir().resolve("ROOT.war").toString(),
                "--deploy", config.stackDir().resolve("admin.war").toString()));
        command.addAll(accessLog(config, n));
        String log = config.clustered() ? "payara-" + n + ".log" : "payara.log";
        return ChildProcess.start("Payara Micro " + n, command, environment(config, secrets), config.home(),
                config.logs().resolve(log));
    }

    /** The build's commands run before the node boots, and the size of its request pool. */
    private static Path preboot(StackConfig config, int n) {
        String pool = "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";
        try {
            Path file = config.home().resolve("preboot-node-" + n + ".asadmin");
            Files.writeString(file, Files.readString(config.stackDir().resolve("payara/preboot.asadmin"))
                    + "\n# requests worked on at once (PROVPORTAL_HTTP_THREADS); the others queue\n"
                    + "set " + pool + "max-thread-pool-size=" + config.httpThreads() + "\n"
                    + "set " + pool + "min-thread-pool-size=" + config.httpThreads() + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code PROVPORTAL_ACCESS_LOG=true}: every request the node answered, with its status, bytes and milliseconds
     * taken, in {@code <logs>/access-node-N/} (written every 5 s). Off by default: the node's own log says what went
     * wrong, and each line costs a little at 300 requests a second. The address is logged without its query: that
     * holds what citizens searched for and the one-time codes of sign-in callbacks, neither of which a log keeps.
     */
    static List<String> accessLog(StackConfig config, int n) {
        if (!config.accessLog()) {
            return List.of();
        }
        Path folder = config.logs().resolve("access-node-" + n);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the access log's folder " + folder, e);
        }
        return List.of("--accesslog", folder.toString(),
                "--accesslogformat", "%datetime% %client.name% %http-method% %http-uri% %http-version% %status% %response.length% %time-taken%",
                "--accessloginterval", "5");
    }

    /** The grid's members: one address and port per node, on the grid interface. */
    static String members(StackConfig config) {
        return IntStream.range(0, config.nodes())
                .mapToObj(i -> config.gridInterface() + ":" + (config.gridPort() + i))
                .collect(Collectors.joining(","));
    }

    private static Map<String, String> environment(StackConfig config, Secrets secrets) {
        Map<String, String> env = new HashMap<>();
        env.put("PROVPORTAL_DB_URL", config.dbUrl());
        env.put("PROVPORTAL_DB_USER", config.dbUser());
        env.put("PROVPORTAL_DB_PASSWORD", config.dbAccount(secrets).password());
        env.put("PROVPORTAL_KEYCLOAK_URL", config.keycloakUrl());
        env.put("PROVPORTAL_OIDC_CLIENT_SECRET", secrets.get(Secrets.OIDC_CLIENT_SECRET));
        env.put("PROVPORTAL_PROVISIONER_CLIENT_SECRET", secrets.get(Secrets.PROVISIONER_SECRET));
        env.put("PROVPORTAL_FORM_SECRET", secrets.get(Secrets.FORM_SECRET));
        env.put("PROVPORTAL_ADMIN_URL", config.adminUrl());
        env.put("PROVPORTAL_DEMO", Boolean.toString(config.demo()));
        env.put("PROVPORTAL_PORTAL_HOST", java.net.URI.create(config.portalUrl()).getHost());
        env.put("PROVPORTAL_PORTAL_URL", config.publicUrl());
        if (config.clustered()) {
            env.put("PROVPORTAL_EDGE_BAN_URLS", EdgeCache.banUrl(config));
            env.put("PROVPORTAL_EDGE_STATS_DIR", EdgeCache.statsDirectory(config).toString());
        }
        // the operator's mail server for the newsroom's notifications (README, "Configuration"); none: no mail
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("PROVPORTAL_SMTP_") || name.startsWith("PROVPORTAL_BACKUP_")) {
                env.put(name, value);
            }
        });
        // nightly backups and uploaded archives: a directory every node shares (README, "Backup and restore"), as an
        // absolute path, so the nodes and province.sh find the same folder whatever directory each starts in. After
        // the copy above, which hands PROVPORTAL_BACKUP_DIR on as the operator typed it, so this one is what counts.
        env.put("PROVPORTAL_BACKUP_DIR", config.backupDir().toString());
        String demoKey = System.getenv("PROVPORTAL_DEMO_API_KEY");
        if (demoKey != null && !demoKey.isBlank()) {
            env.put("PROVPORTAL_DEMO_API_KEY", demoKey);
        }
        return env;
    }

    /** Ready when both applications answer: a failed deployment leaves Payara up but answering 404. */
    static void awaitReady(ChildProcess payara, StackConfig config, int n) {
        payara.awaitReady(config.nodeUrl(n) + "/health/ready", status -> status == 200, Duration.ofMinutes(5));
        payara.awaitReady(config.nodeUrl(n) + "/", status -> status == 200, Duration.ofMinutes(2));
        payara.awaitReady(config.nodeUrl(n) + "/admin/signed-out.xhtml", status -> status == 200, Duration.ofMinutes(2));
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
