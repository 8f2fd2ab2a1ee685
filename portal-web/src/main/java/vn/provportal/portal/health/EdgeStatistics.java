package vn.provportal.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The edge cache's hits and misses, read from Varnish's shared-memory counters with {@code varnishstat} when the
 * launcher has told this node where the edge keeps them ({@code PROVPORTAL_EDGE_STATS_DIR}; cluster mode on one
 * machine). Read at most every five seconds, however often {@code /metrics} is scraped. Elsewhere (a separate edge,
 * Kubernetes) the edge is scraped by its own exporter and these figures stay empty.
 */
@ApplicationScoped
public class EdgeStatistics {

    private static final Logger LOG = Logger.getLogger(EdgeStatistics.class.getName());
    private static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Optional<String> directory = ConfigProvider.getConfig()
            .getOptionalValue("provportal.edge.stats-dir", String.class);
    private Map<String, Long> last = Map.of();
    private long readAt;

    public boolean available() {
        return directory.isPresent();
    }

    public long hits() {
        return counter("MAIN.cache_hit");
    }

    public long misses() {
        return counter("MAIN.cache_miss");
    }

    /** Share of cacheable requests the edge answered itself; 0 before the first one. */
    public double hitRatio() {
        long hits = hits();
        long all = hits + misses();
        return all == 0 ? 0 : (double) hits / all;
    }

    private synchronized long counter(String name) {
        if (directory.isPresent() && System.nanoTime() - readAt > FRESH_FOR_NANOS) {
            last = read(directory.get());
            readAt = System.nanoTime();
        }
        return last.getOrDefault(name, 0L);
    }

    /** Parses {@code varnishstat -1} lines: {@code MAIN.cache_hit   1234   0.50 Cache hits}. */
    static Map<String, Long> parse(String output) {
        Map<String, Long> counters = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 2 && fields[1].matches("\\d+")) {
                counters.put(fields[0], Long.parseLong(fields[1]));
            }
        }
        return counters;
    }

    private static Map<String, Long> read(String directory) {
        try {
            Process varnishstat = new ProcessBuilder("varnishstat", "-n", directory, "-1",
                    "-f", "MAIN.cache_hit", "-f", "MAIN.cache_miss").redirectErrorStream(true).start();
            try (InputStream out = varnishstat.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return varnishstat.waitFor(2, TimeUnit.SECONDS) && varnishstat.exitValue() == 0 ? parse(text) : Map.of();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "varnishstat could not be read", e);
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }
}
