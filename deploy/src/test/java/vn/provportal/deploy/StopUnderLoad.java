package vn.provportal.deploy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Citizens reading Hưng Yên's reference article on several connections while the launcher is stopped (SIGTERM):
 * what they were answered, and the article's views in the database before the stop and after the next start.
 */
final class StopUnderLoad {

    static final String REFERENCE = "tong-ket-cong-tac-to-chuc-ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-nam-2022";
    private static final int READERS = 4;

    private final String portal;
    private final Path home;
    private final int dbPort;
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final Map<Integer, String> firstFailures = new ConcurrentHashMap<>();
    private long viewsBefore;

    StopUnderLoad(String portal, Path home, int dbPort) {
        this.portal = portal;
        this.home = home;
        this.dbPort = dbPort;
    }

    /** Reads until the stop, stopping the launcher once they run; returns the servers it stopped. */
    List<ProcessHandle> stop(LauncherProcess launcher) throws InterruptedException {
        awaitNoPendingViews();
        viewsBefore = views();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Thread reader = new Thread(this::read, "reader-" + i);
            reader.start();
            readers.add(reader);
        }
        Thread.sleep(3_000);
        List<ProcessHandle> stopped = launcher.terminate();
        for (Thread reader : readers) {
            reader.join(Duration.ofSeconds(60).toMillis());
        }
        return stopped;
    }

    /** Article pages answered 200: each is a view the citizen was shown. */
    long acknowledged() {
        return answers.getOrDefault("200", new AtomicLong()).get();
    }

    /** What the readers got: status codes, "refused" (the server had gone), or the error that cut an answer. */
    Map<String, Long> answers() {
        Map<String, Long> copy = new TreeMap<>();
        answers.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** The first answer of each 5xx status the readers got, headers and the start of the body. */
    Map<Integer, String> firstFailures() {
        return new TreeMap<>(firstFailures);
    }

    /** Views written since the stop began (read after the next start). */
    long viewsWritten() {
        return views() - viewsBefore;
    }

    private void read() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal + "/hung-yen/tin-tuc/" + REFERENCE))
                .timeout(Duration.ofSeconds(30)).GET().build();
        long until = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                count(String.valueOf(answer.statusCode()));
                if (answer.statusCode() >= 500) {
                    firstFailures.putIfAbsent(answer.statusCode(), answer.headers().map() + "\n"
                            + answer.body().substring(0, Math.min(2_000, answer.body().length())));
                }
            } catch (ConnectException refused) {
                count("refused");
                return;
            } catch (IOException e) {
                count(e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, k -> new AtomicLong()).incrementAndGet();
    }

    private void awaitNoPendingViews() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 60; i++) {
            try {
                String metrics = http.send(HttpRequest.newBuilder(URI.create(portal + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (metrics.matches("(?s).*\nprovportal_view_counts_pending(\\{[^}]*})? 0(\\.0)?\n.*")) {
                    return;
                }
            } catch (IOException e) {
                // not answering yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("views still pending after a minute");
    }

    private long views() {
        try {
            MariaDbDataSource db = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + dbPort + "/provportal");
            db.setUser("provportal");
            db.setPassword(Secrets.loadOrCreate(home).generated(Secrets.DB_PASSWORD));
            try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT view_count FROM article WHERE tenant_id = 'hung-yen' AND slug = '" + REFERENCE + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
