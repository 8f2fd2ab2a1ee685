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
 * nginx from Debian's packages as the edge cache in front of the nodes in cluster mode; its configuration is
 * {@code deploy/edge/nginx.conf} (copied into the stack folder by the build) with this run's ports and folders.
 */
final class EdgeCache {

    static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    private EdgeCache() {
    }

    static ChildProcess start(StackConfig config) {
        Path nginx = BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "không tìm thấy nginx cho bộ đệm biên / nginx, the edge cache of cluster mode, is not installed: "
                        + "apt-get install nginx-light (Debian), or run one node (PROVPORTAL_NODES=1)"));
        Path run = config.home().resolve("edge");
        try {
            for (String dir : List.of("cache", "client-body", "proxy", "fastcgi", "uwsgi", "scgi")) {
                Files.createDirectories(run.resolve(dir));
            }
            Files.createDirectories(config.logs());
            Path conf = run.resolve("nginx.conf");
            Files.writeString(conf, render(Files.readString(config.stackDir().resolve("edge/nginx.conf")), config, run));
            return ChildProcess.start("nginx", List.of(nginx.toString(), "-p", run.toString(), "-c", conf.toString()),
                    Map.of(), run, config.logs().resolve("edge.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the edge cache in " + run, e);
        }
    }

    static String render(String template, StackConfig config, Path run) {
        String nodes = IntStream.rangeClosed(1, config.nodes())
                .mapToObj(n -> "        server 127.0.0.1:" + config.nodeHttpPort(n) + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        return template.replace("@USER@", System.getProperty("user.name"))
                .replace("@RUN@", run.toString())
                .replace("@LOGS@", config.logs().toString())
                .replace("@PORT@", Integer.toString(config.httpPort()))
                .replace("@NODES@", nodes);
    }

    static void awaitReady(ChildProcess edge, StackConfig config) {
        edge.awaitReady(config.portalUrl() + "/", status -> status == 200, Duration.ofMinutes(1));
    }
}
