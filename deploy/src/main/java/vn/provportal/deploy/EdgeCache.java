package vn.provportal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Varnish from Debian's packages as the edge cache in front of the nodes in cluster mode; its configuration is
 * {@code deploy/edge/varnish.vcl} (copied into the stack folder by the build) with this run's nodes filled in.
 */
final class EdgeCache {

    static final Path BINARY = Path.of("/usr/sbin/varnishd");

    private EdgeCache() {
    }

    static ChildProcess start(StackConfig config) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("không tìm thấy Varnish cho bộ đệm biên / Varnish, the edge cache of cluster"
                    + " mode, is not installed: apt-get install varnish (Debian), or run one node (PROVPORTAL_NODES=1)");
        }
        Path run = config.home().resolve("edge");
        try {
            Files.createDirectories(statsDirectory(config));
            Files.createDirectories(config.logs());
            Path vcl = run.resolve("provportal.vcl");
            Files.writeString(vcl, render(Files.readString(config.stackDir().resolve("edge/varnish.vcl")), config));
            // -j none: the launcher's own user runs the cache (Debian's service separates users; so does Kubernetes)
            return ChildProcess.start("Varnish", List.of(BINARY.toString(), "-F", "-j", "none",
                    "-a", ":" + config.httpPort(), "-T", "none", "-n", statsDirectory(config).toString(),
                    "-f", vcl.toString(), "-s", "malloc,256m", "-t", "0"), Map.of(), run, config.logs().resolve("edge.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the edge cache in " + run, e);
        }
    }

    static String render(String template, StackConfig config) {
        String backends = IntStream.rangeClosed(1, config.nodes())
                .mapToObj(n -> "backend node" + n + " {\n    .host = \"127.0.0.1\";\n    .port = \"" + config.nodeHttpPort(n)
                        + "\";\n    .probe = ready;\n}")
                .collect(Collectors.joining("\n"));
        String adds = IntStream.rangeClosed(1, config.nodes())
                .mapToObj(n -> "    readers.add_backend(node" + n + ");\n    editors.add_backend(node" + n + ");")
                .collect(Collectors.joining("\n"));
        return template.replace("@BACKENDS@", backends).replace("@ADD_BACKENDS@", adds);
    }

    /** Varnish's working folder, whose shared-memory counters the nodes read for {@code /metrics}. */
    static Path statsDirectory(StackConfig config) {
        return config.home().resolve("edge").resolve("varnish");
    }

    /** Where the nodes send their bans: the edge itself, from loopback. */
    static String banUrl(StackConfig config) {
        return "http://127.0.0.1:" + config.httpPort();
    }

    static void awaitReady(ChildProcess edge, StackConfig config) {
        edge.awaitReady(config.portalUrl() + "/", status -> status == 200, Duration.ofMinutes(1));
    }
}
