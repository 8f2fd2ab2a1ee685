package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.provportal.platform.database.EmbeddedMariaDb;

/**
 * Operations issue #15: MariaDB killed ({@code kill -9}) under the running platform. The stack starts it again,
 * the portal keeps serving the pages it kept and says "try again" for the others (503, never 500), an editor's
 * save during the outage keeps every word and goes through with one press once the database is back, and the
 * portal reads the database again within 10 s of its return — all without restarting Payara. The views counted
 * meanwhile are written afterwards.
 */
@ExtendWith(RunningStack.class)
class DatabaseOutageIT {

    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);
    private static final String REFERENCE = "tong-ket-cong-tac-to-chuc-ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-nam-2022";
    private static final String VIEWS = "SELECT view_count FROM article WHERE tenant_id = 'hung-yen' AND slug = '"
            + REFERENCE + "'";
    private static final int READS_DURING_OUTAGE = 5;

    @Test
    void aKilledDatabaseIsStartedAgainAndNothingTypedIsLost() throws Exception {
        StackConfig config = RunningStack.config();
        String portal = config.portalUrl();
        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        HttpResponse<String> blank = editor.get(config.adminUrl() + "/content/edit.xhtml");
        // the sign-in is an activity of the province: its pages kept before it, or in the 400 ms after it when the
        // generation is renewed once more (PageGenerations), are not used again
        Thread.sleep(1_000);
        Browser citizen = new Browser();
        assertEquals(200, citizen.get(portal + "/hung-yen/").statusCode());
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String title = "Viết trong lúc mất kết nối " + mark;
        String lead = "Không mất một chữ nào khi cơ sở dữ liệu khởi động lại " + mark + ".";

        String article = portal + "/hung-yen/tin-tuc/" + REFERENCE;
        await(Duration.ofSeconds(30), () -> Optional.of(citizen.get(portal + "/metrics").body())
                .filter(metrics -> metrics.matches("(?s).*\nprovportal_view_counts_pending(\\{[^}]*})? 0(\\.0)?\n.*")));
        long viewsBefore = StackDb.number(VIEWS);
        assertEquals(200, citizen.get(article).statusCode());

        ProcessHandle killed = EmbeddedMariaDb.serverProcess(config.dbPort())
                .orElseThrow(() -> new AssertionError("no mariadbd under the stack"));
        killed.destroyForcibly();
        killed.onExit().join();
        // Until released, the port refuses every connection (and the stack's restarts fail and are tried again),
        // so the outage lasts as long as the checks below need, however fast MariaDB comes back on this machine.
        HttpResponse<String> refused;
        Document kept;
        String never = portal + "/hung-yen/tim-kiem?q=" + mark;
        try (Refuser refuser = Refuser.on(config.dbPort())) {
            refused = editor.submit(blank, Browser.html(blank).selectFirst("form#article"), Map.of(
                    "article:title", title, "article:lead", lead, "article:body_input", "<p>Thân bài " + mark + "</p>",
                    "article:author", "Phóng viên", "article:save", ""));
            assertEquals(503, refused.statusCode(), refused.body());
            kept = Browser.html(refused);
            assertTrue(kept.text().contains("Chưa lưu được"), kept.text());
            assertEquals(title, kept.select("textarea#kept-title").text(), "the title is still there");
            assertEquals(lead, kept.select("textarea#kept-lead").text(), "the lead is still there");

            HttpResponse<String> keptHome = citizen.get(portal + "/hung-yen/");
            assertEquals(200, keptHome.statusCode(), "the home page this node kept is still served");
            assertFalse(Browser.html(keptHome).select(".news-title a").isEmpty());
            for (int i = 0; i < READS_DURING_OUTAGE; i++) {
                assertEquals(200, citizen.get(article).statusCode(), "the article this node kept");
            }
            HttpResponse<String> unavailable = citizen.get(never);
            assertEquals(503, unavailable.statusCode(), "a page never kept: try again, not a server error");
            assertTrue(unavailable.headers().firstValue("Retry-After").isPresent());
            assertTrue(Browser.html(unavailable).text().contains("tạm thời gián đoạn"), unavailable.body());
        }
        ProcessHandle again = await(Duration.ofMinutes(3), () -> EmbeddedMariaDb.serverProcess(config.dbPort())
                .filter(p -> p.pid() != killed.pid() && EmbeddedMariaDb.isListening(config.dbPort())));
        Instant back = Instant.now();
        assertNotEquals(killed.pid(), again.pid(), "the stack started MariaDB again");
        await(BACK_WITHIN, () -> Optional.of(citizen.get(never)).filter(page -> page.statusCode() == 200));
        Duration readsAgain = Duration.between(back, Instant.now());
        System.out.printf("database outage: the portal read the database again %d ms after MariaDB was back%n",
                readsAgain.toMillis());
        assertTrue(readsAgain.compareTo(BACK_WITHIN) <= 0, readsAgain.toString());

        HttpResponse<String> resent = editor.submit(refused, kept.selectFirst("form#resend"), Map.of());
        assertEquals(200, resent.statusCode(), resent.body());
        assertTrue(Browser.html(resent).text().contains("Đã lưu bản nháp"), Browser.html(resent).text());
        assertEquals(lead, StackDb.string("SELECT lead_text FROM article WHERE tenant_id = 'hung-yen' AND title = '"
                + title + "'"), "saved exactly as typed, once");
        assertEquals(1, StackDb.number("SELECT COUNT(*) FROM article WHERE title LIKE '%" + mark + "%'"));
        await(Duration.ofSeconds(30), () -> Optional.of(StackDb.number(VIEWS))
                .filter(views -> views >= viewsBefore + 1 + READS_DURING_OUTAGE));
    }

    /** A listener on the database's port that closes every connection at once: a database that is not there. */
    private record Refuser(java.net.ServerSocket socket) implements AutoCloseable {

        static Refuser on(int port) throws java.io.IOException {
            java.net.ServerSocket socket = new java.net.ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            Thread refusing = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (java.net.Socket ignored = socket.accept()) {
                        // closed unanswered
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            }, "refusing-database-connections");
            refusing.setDaemon(true);
            refusing.start();
            return new Refuser(socket);
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    private static <T> T await(Duration timeout, java.util.function.Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + timeout);
    }
}
