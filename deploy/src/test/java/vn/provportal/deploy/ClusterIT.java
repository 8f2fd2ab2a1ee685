package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * {@code PROVPORTAL_NODES=2 ./deploy/run.sh}: two Payara Micro nodes in one data grid behind the Varnish edge.
 * One scenario, because it ends by killing a node: what the back office changes reaches the other node and
 * the edge within a second, the edge answers as HTTP caches should, a scheduled article goes online once
 * although four timers race for it, citizens see no failed page while a node dies and the editor on it carries on
 * on the other one (replicated session, no new sign-in, nothing typed lost), and Ctrl-C stops everything.
 */
class ClusterIT {

    private static final String PASSWORD = "it-" + UUID.randomUUID();
    private static final int HTTP = Integer.getInteger("it.cluster.http.port", 19080);
    private static final int DB = Integer.getInteger("it.cluster.db.port", 19307);
    private static final Path HOME = Path.of("target/cluster-it-home").toAbsolutePath();
    private static final HttpClient PLAIN = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static LauncherProcess launcher;

    @BeforeAll
    static void cluster() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(EdgeCache.BINARY) || "true".equals(System.getenv("CI")),
                "Varnish is not installed (apt-get install varnish)");
        RunningStack.deleteRecursively(HOME);
        launcher = LauncherProcess.start(Map.of("PROVPORTAL_HOME", HOME.toString(), "PROVPORTAL_NODES", "2",
                "PROVPORTAL_HTTP_PORT", String.valueOf(HTTP), "PROVPORTAL_DB_PORT", String.valueOf(DB),
                "PROVPORTAL_KEYCLOAK_PORT", String.valueOf(Integer.getInteger("it.cluster.keycloak.port", 19180)),
                "PROVPORTAL_GRID_PORT", String.valueOf(Integer.getInteger("it.cluster.grid.port", 19900)),
                "PROVPORTAL_DEMO_PASSWORD", PASSWORD), Path.of("target/cluster-it/launcher.log").toAbsolutePath())
                .awaitRunning(Duration.ofMinutes(10));
    }

    @AfterAll
    static void stop() {
        if (launcher != null) {
            launcher.killAll();
        }
    }

    @Test
    void twoNodesBehindTheEdgeStayCoherentAndSurviveTheLossOfOne() throws Exception {
        assertTrue(log("payara-1.log").contains("DG Size: 2") || log("payara-2.log").contains("DG Size: 2"),
                "both nodes joined one data grid");
        int grid = Integer.getInteger("it.cluster.grid.port", 19900);
        for (int port : List.of(grid, grid + 1)) {
            assertEquals(List.of("127.0.0.1"), listeningAddresses(port), "the data grid (no password) listens on loopback only");
        }

        String scheduled = scheduleArticle();
        revokedKeyIsRefusedOnBothNodes();
        unpublishedArticleLeavesNodeTwoAndTheEdge();
        figuresReachNodeTwoAndTheEdge();
        edgeAnswersAsAnHttpCache();
        noCitizenStateInSharedPages();
        everyNodeReportsHealthAndMetrics();
        citizensAndEditorsSurviveTheLossOfANode();
        scheduledArticleWentOnlineOnce(scheduled);

        List<ProcessHandle> servers = launcher.terminate();
        assertTrue(servers.stream().noneMatch(ProcessHandle::isAlive), "Ctrl-C stopped Varnish, both nodes, Keycloak, MariaDB");
        launcher = null;
    }

    private static void revokedKeyIsRefusedOnBothNodes() {
        Browser admin = signedIn("hy-admin");
        String label = "Cụm " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> keys = admin.get(edge() + "/admin/stats/keys.xhtml");
        String key = Browser.html(admin.submit(keys, Browser.html(keys).selectFirst("form#keys"),
                Map.of("keys:label", label, "keys:create", ""))).select("#issued-key").text();
        for (int n = 1; n <= 2; n++) {
            assertEquals(200, ApiCall.get(node(n) + "/api/v1/provinces/hung-yen/processing", key), "node " + n);
        }
        Document list = Browser.html(admin.get(edge() + "/admin/stats/keys.xhtml"));
        Element row = list.select("tr").stream().filter(tr -> tr.text().contains(label)).findFirst().orElseThrow();
        admin.submit(keys, list.selectFirst("form#keys"), Map.of(row.selectFirst("button.revoke").attr("name"), ""));
        for (int n = 1; n <= 2; n++) {
            String url = node(n) + "/api/v1/provinces/hung-yen/processing";
            long ms = ApiCall.millisUntil(() -> ApiCall.get(url, key) == 401, Duration.ofSeconds(5));
            System.out.printf("cluster: revoked key refused on node %d after %d ms%n", n, ms);
            assertTrue(ms <= 1000, "node " + n + ": " + ms + " ms");
        }
    }

    private static void unpublishedArticleLeavesNodeTwoAndTheEdge() throws InterruptedException {
        String slug = publish("Gỡ trên cả cụm " + UUID.randomUUID().toString().substring(0, 6), null);
        String path = "/hung-yen/tin-tuc/" + slug;
        assertEquals(200, status(edge() + path));
        assertEquals("HIT", header(edge() + path, "X-Cache"), "the article is now in the edge's cache");
        assertEquals(200, status(node(2) + path));

        Browser publisher = signedIn("hy-publisher");
        long id = number("SELECT id FROM article WHERE tenant_id = 'hung-yen' AND slug = '" + slug + "'");
        HttpResponse<String> form = publisher.get(edge() + "/admin/content/edit.xhtml?id=" + id);
        Document done = Browser.html(publisher.submit(form, Browser.html(form).selectFirst("form#article"),
                Map.of("article:reason", "Thông tin đã cũ", "article:unpublish", "")));
        assertEquals("UNPUBLISHED", string("SELECT status FROM article WHERE id = " + id), done.text());
        Map<String, Long> took = sinceChange(List.of(node(2), edge()), where -> status(where + path) != 200);
        for (String where : List.of(node(2), edge())) {
            System.out.printf("cluster: unpublished article gone from %s %d ms after the back office answered%n",
                    where, took.get(where));
            assertTrue(took.get(where) <= 1000, where + ": " + took.get(where) + " ms");
            assertTrue(List.of(301, 404).contains(status(where + path)));
        }
    }

    private static void figuresReachNodeTwoAndTheEdge() throws InterruptedException {
        String key = issueKey();
        assertEquals(200, status(edge() + "/hung-yen/thong-ke"), "the statistics page is in the edge's cache");
        String figures = "{\"receivedOnline\": 90, \"receivedOffline\": 10, \"resolvedEarly\": 10, \"resolvedOnTime\": 70,"
                + " \"resolvedLate\": 5, \"pendingInTime\": 4, \"pendingOverdue\": 1}";
        assertEquals(200, ApiCall.put(node(1) + "/api/v1/provinces/hung-yen/processing/2033-07", key, figures));
        Map<String, Long> took = sinceChange(List.of(node(2), edge()), where -> Browser.html(new Browser()
                .get(where + "/hung-yen/thong-ke")).select(".stats-history").first().text().contains("Tháng 7/2033"));
        for (String where : List.of(node(2), edge())) {
            System.out.printf("cluster: figures PUT on node 1 shown by %s %d ms after the PUT answered%n", where,
                    took.get(where));
            assertTrue(took.get(where) <= 1000, where + ": " + took.get(where) + " ms");
        }
    }

    /** Watches every place at once from now on; returns how many milliseconds each took to show the change. */
    private static Map<String, Long> sinceChange(List<String> places, java.util.function.Predicate<String> changed)
            throws InterruptedException {
        Map<String, Long> took = new java.util.concurrent.ConcurrentHashMap<>();
        List<Thread> watchers = places.stream().map(where -> new Thread(() ->
                took.put(where, ApiCall.millisUntil(() -> changed.test(where), Duration.ofSeconds(10))))).toList();
        watchers.forEach(Thread::start);
        for (Thread watcher : watchers) {
            watcher.join();
        }
        places.forEach(where -> assertTrue(took.containsKey(where), where + " never showed the change"));
        return took;
    }

    private static void edgeAnswersAsAnHttpCache() throws Exception {
        HttpResponse<byte[]> page = PLAIN.send(HttpRequest.newBuilder(URI.create(edge() + "/hung-yen/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("s-maxage=1"));
        for (String where : List.of(edge(), node(2))) {
            String etag = PLAIN.send(HttpRequest.newBuilder(URI.create(where + "/hung-yen/")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
            assertEquals(304, PLAIN.send(HttpRequest.newBuilder(URI.create(where + "/hung-yen/"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode(), where);
            assertEquals(200, PLAIN.send(HttpRequest.newBuilder(URI.create(where + "/hung-yen/"))
                    .header("If-None-Match", "\"rác\\\", W/").header("If-Modified-Since", "hôm qua").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "junk validators get the page");
        }
        assertEquals(405, PLAIN.send(HttpRequest.newBuilder(URI.create(edge() + "/hung-yen/"))
                .method("PURGE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "no PURGE method at the edge");
        HttpResponse<Void> admin = PLAIN.send(HttpRequest.newBuilder(URI.create(edge() + "/admin/signed-out.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("PASS", admin.headers().firstValue("X-Cache").orElse(""), "the back office is never cached");
    }

    /** The edge's copy of an article carries nothing of the citizen who caused it to be cached. */
    private static void noCitizenStateInSharedPages() throws Exception {
        String path = edge() + "/hung-yen/tin-tuc/" + string("SELECT slug FROM article WHERE tenant_id = 'hung-yen'"
                + " AND status = 'PUBLISHED' ORDER BY id LIMIT 1");
        Browser first = new Browser();
        HttpResponse<String> seen = first.get(path);
        first.submit(seen, Browser.html(seen).selectFirst("form.comment-form"),
                Map.of("name", "Công dân A", "body", "Góp ý " + UUID.randomUUID(), "consent", "yes"));
        HttpResponse<String> cached = PLAIN.send(HttpRequest.newBuilder(URI.create(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(cached.headers().allValues("Set-Cookie").isEmpty(), "a shared page sets no cookie");
        String token = Browser.html(cached).select("form.comment-form input[name=token]").val();
        String fresh = Browser.html(PLAIN.send(HttpRequest.newBuilder(URI.create(path.replace(edge(), node(2))
                + "?khach=" + UUID.randomUUID())).build(), HttpResponse.BodyHandlers.ofString()))
                .select("form.comment-form input[name=token]").val();
        assertEquals(fresh, token, "the form token names the article and the hour, never a citizen");
        assertFalse(cached.body().contains("Công dân A"), "another citizen's pending comment is not in the page");
    }

    /**
     * The editor is kept on one node (the edge hashes the client address); that node is killed under citizens'
     * traffic while the editor is typing. Citizens see no failure; the editor's next click (the same form, saved
     * again with what was typed since) lands on the other node, which has the replicated session: still signed in,
     * no trip to Keycloak, and the text is saved.
     */
    private static void citizensAndEditorsSurviveTheLossOfANode() throws Exception {
        Browser editor = signedIn("hy-editor");
        HttpResponse<String> blank = editor.get(edge() + "/admin/content/edit.xhtml");
        String title = "Không mất bài khi mất một máy " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> saved = editor.submit(blank, Browser.html(blank).selectFirst("form#article"), Map.of(
                "article:title", title, "article:lead", "Bản nháp đã lưu.", "article:body_input", "<p>Đoạn một.</p>",
                "article:author", "Hoàng Bền", "article:save", ""));
        assertTrue(Browser.html(saved).text().contains("Đã lưu bản nháp"), Browser.html(saved).text());
        int sessionNode = Integer.parseInt(editor.get(edge() + "/admin/health/ready").body()
                .replaceAll("(?s).*\"node\":\"node-(\\d)\".*", "$1"));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Thread citizens = new Thread(() -> {
            while (running.get()) {
                int n = sent.incrementAndGet();
                if (status(edge() + "/hung-yen/?tai=" + n) != 200) {
                    failed.incrementAndGet();
                }
            }
        });
        citizens.start();
        Thread.sleep(2000);
        launcher.node(sessionNode).destroyForcibly();
        Thread.sleep(500);

        String typedMeanwhile = "Viết tiếp trong lúc máy " + sessionNode + " chết.";
        HttpResponse<String> again = editor.submit(saved, Browser.html(saved).selectFirst("form#article"), Map.of(
                "article:lead", typedMeanwhile, "article:save", ""));
        Thread.sleep(3000);
        running.set(false);
        citizens.join();
        System.out.printf("cluster: node %d killed; citizens' requests %d, failed %d; editor's next save answered %d%s%n",
                sessionNode, sent.get(), failed.get(), again.statusCode(), viaKeycloak(again) ? " via Keycloak" : "");
        assertEquals(200, again.statusCode(), Browser.html(again).text());
        assertFalse(viaKeycloak(again), "the session went on on the other node, without signing in again");
        assertTrue(Browser.html(again).text().contains("Đã lưu bản nháp"), Browser.html(again).text());
        assertEquals(typedMeanwhile, string("SELECT lead_text FROM article WHERE tenant_id = 'hung-yen' AND title = '"
                + title + "'"), "what the editor typed after the node died is saved");
        Document workspace = Browser.html(editor.get(edge() + "/admin/"));
        assertEquals("hy-editor", workspace.select("#user-name").text());
        assertTrue(workspace.select("[id$=articles]").text().contains(title), "the saved draft is there");
        assertTrue(failed.get() * 100 <= sent.get(), failed + " of " + sent + " citizens' requests failed");
    }

    /** The addresses a TCP port is listening on, from the kernel's tables (IPv4 and IPv6, v4-mapped shown as v4). */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
                    String hex = local[0].substring(local[0].length() - 8);
                    boolean mapped = local[0].length() == 8 || local[0].startsWith("0000000000000000FFFF0000");
                    addresses.add(mapped ? String.format("%d.%d.%d.%d", Integer.parseInt(hex.substring(6, 8), 16),
                            Integer.parseInt(hex.substring(4, 6), 16), Integer.parseInt(hex.substring(2, 4), 16),
                            Integer.parseInt(hex.substring(0, 2), 16)) : local[0]);
                }
            }
        }
        return addresses;
    }

    private static boolean viaKeycloak(HttpResponse<?> response) {
        for (HttpResponse<?> hop = response; hop != null; hop = hop.previousResponse().orElse(null)) {
            if (hop.uri().getPath().startsWith("/realms/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an operator's Prometheus reads from each node: pages per province, the database pool, and the edge's
     * hits (the test has read the same pages through the edge several times by now).
     */
    private static void everyNodeReportsHealthAndMetrics() throws Exception {
        for (int n = 1; n <= 2; n++) {
            assertEquals(200, status(node(n) + "/health/ready"), "node " + n + " ready");
            // one page read from this node itself: which node the edge sent its few misses to is the edge's choice
            // (the run of 01/12/2026 17:10 sent none of Hưng Yên's to node 1)
            assertEquals(200, status(node(n) + "/hung-yen/?metrics-check=" + n));
            String metrics = PLAIN.send(HttpRequest.newBuilder(URI.create(node(n) + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(metrics.matches("(?s).*provportal_page_requests_milliseconds_count\\{[^}]*province=\"hung-yen\"[^}]*} [1-9].*"),
                    "node " + n + " counts Hưng Yên's pages");
            assertTrue(metrics.matches("(?s).*provportal_db_connections_max(\\{[^}]*})? 30(\\.0)?\n.*"), "node " + n + ": pool size");
            assertTrue(metrics.contains("provportal_db_connections_in_use"), "node " + n + ": pool use");
            double ratio = Double.parseDouble(metrics.replaceAll("(?s).*\nprovportal_edge_cache_hit_ratio(\\{[^}]*})? ([0-9.E-]+)\n.*", "$2"));
            System.out.printf("cluster: node %d reports an edge hit ratio of %.2f%n", n, ratio);
            assertTrue(ratio > 0 && ratio < 1, "node " + n + ": edge hit ratio " + ratio);
        }
    }

    /** Approves a new article to go online at the next full minute (plus one); returns its address. */
    private static String scheduleArticle() {
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        LocalDateTime at = LocalDateTime.now(vietnam).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        return publish("Lên trang theo lịch trên cụm " + UUID.randomUUID().toString().substring(0, 6),
                at.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
    }

    private static void scheduledArticleWentOnlineOnce(String slug) {
        long id = number("SELECT id FROM article WHERE tenant_id = 'hung-yen' AND slug = '" + slug + "'");
        ApiCall.millisUntil(() -> "PUBLISHED".equals(string("SELECT status FROM article WHERE id = " + id)),
                Duration.ofMinutes(3));
        ApiCall.millisUntil(() -> number("SELECT COUNT(*) FROM audit_log WHERE action = 'article.released'"
                + " AND detail LIKE 'Bài #" + id + " %'") > 0, Duration.ofSeconds(10));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_log WHERE action = 'article.released'"
                + " AND detail LIKE 'Bài #" + id + " %'"), "released once by four timers on two nodes");
        assertEquals(200, status(edge() + "/hung-yen/tin-tuc/" + slug));
    }

    /** hy-editor writes, hy-publisher approves (now, or at {@code at}); returns the article's address. */
    private static String publish(String title, String at) {
        Browser editor = signedIn("hy-editor");
        HttpResponse<String> blank = editor.get(edge() + "/admin/content/edit.xhtml");
        HttpResponse<String> saved = editor.submit(blank, Browser.html(blank).selectFirst("form#article"), Map.of(
                "article:title", title, "article:lead", "Tin thử trên cụm hai máy.", "article:body_input",
                "<p>Nội dung.</p>", "article:author", "Hoàng Bền", "article:save", ""));
        editor.submit(saved, Browser.html(saved).selectFirst("form#article"), Map.of("article:submit", ""));
        String slug = vn.provportal.content.control.SlugGenerator.slugOf(title).value();
        long id = number("SELECT id FROM article WHERE tenant_id = 'hung-yen' AND slug = '" + slug + "'");
        Browser publisher = signedIn("hy-publisher");
        HttpResponse<String> review = publisher.get(edge() + "/admin/content/edit.xhtml?id=" + id);
        Map<String, String> fields = at == null ? Map.of("article:approve", "")
                : Map.of("article:publish-at_input", at, "article:approve", "");
        Document approved = Browser.html(publisher.submit(review, Browser.html(review).selectFirst("form#article"), fields));
        assertEquals(at == null ? "PUBLISHED" : "SCHEDULED", string("SELECT status FROM article WHERE id = " + id),
                approved.text());
        return slug;
    }

    private static String issueKey() {
        Browser admin = signedIn("hy-admin");
        HttpResponse<String> keys = admin.get(edge() + "/admin/stats/keys.xhtml");
        return Browser.html(admin.submit(keys, Browser.html(keys).selectFirst("form#keys"),
                Map.of("keys:label", "Số liệu cụm", "keys:create", ""))).select("#issued-key").text();
    }

    private static Browser signedIn(String user) {
        Browser browser = new Browser();
        browser.signIn(edge() + "/admin/", user, PASSWORD);
        return browser;
    }

    private static int status(String url) {
        try {
            return PLAIN.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String header(String url, String name) {
        try {
            return PLAIN.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue(name).orElse("");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String log(String name) throws IOException {
        Path file = HOME.resolve("logs").resolve(name);
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static String edge() {
        return "http://localhost:" + HTTP;
    }

    private static String node(int n) {
        return "http://localhost:" + (HTTP + n);
    }

    private static long number(String sql) {
        String value = string(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** As the platform's account, with the password the launcher generated into the cluster's home. */
    private static Connection database() throws SQLException {
        MariaDbDataSource db = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + DB + "/provportal");
        db.setUser("provportal");
        db.setPassword(Secrets.loadOrCreate(HOME).generated(Secrets.DB_PASSWORD));
        return db.getConnection();
    }

    private static String string(String sql) {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

}
