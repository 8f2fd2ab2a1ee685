package vn.provportal.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * The editor's desk against a real MariaDB: what is typed and not saved comes back to its writer only — not to
 * another user, not in another province — until it is saved or discarded; an editor with an article open is
 * seen by the others until the page is left or goes quiet.
 */
class EditingDeskIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T desk(String tenant, Function<EditingDesk, T> work) {
        return Wired.call(jpa, tenant, new EditingDesk(), work);
    }

    private static <T> T newsroom(String tenant, Function<Newsroom, T> work) {
        return Wired.call(jpa, tenant, new Newsroom(), work);
    }

    private static ArticleDraft typed(String title, String body) {
        return ArticleDraft.text(title, "Sapo đang viết", body, "Hoàng Bền", null);
    }

    @Test
    void whatWasTypedComesBackToItsWriterOnlyUntilSaved() {
        String province = Fixtures.uniqueTenantCode("dk");
        String other = Fixtures.uniqueTenantCode("dx");
        Instant now = Instant.now();
        ArticleDraft typed = typed("Cảnh báo lừa đảo qua mạng", "<p>Đoạn đang viết dở.</p>");
        desk(province, d -> {
            d.open(0, "hy-editor", now);
            d.keep(0, "hy-editor", typed, now);
            return null;
        });

        Optional<EditingDesk.Unsaved> back = desk(province, d -> d.open(0, "hy-editor", now.plusSeconds(600)));
        assertEquals(typed, back.orElseThrow().draft(), "the same user opening a new article gets the kept text");
        assertEquals(now.toEpochMilli(), back.get().keptAt().toEpochMilli());
        assertTrue(desk(province, d -> d.open(0, "hy-publisher", now)).isEmpty(), "another user gets nothing");
        assertTrue(desk(other, d -> d.open(0, "hy-editor", now)).isEmpty(), "the same user name in another province gets nothing");

        Article saved = newsroom(province, n -> n.write(typed, "hy-editor"));
        desk(province, d -> {
            d.saved(0, saved.getId(), "hy-editor", now);
            return null;
        });
        assertTrue(desk(province, d -> d.open(0, "hy-editor", now)).isEmpty(), "saved: nothing left to restore");
        assertTrue(desk(province, d -> d.open(saved.getId(), "hy-editor", now)).isEmpty());
    }

    @Test
    void keptTextOfASavedArticleIsOfferedUntilDiscardedAndNotWhenItIsWhatIsSaved() {
        String province = Fixtures.uniqueTenantCode("dd");
        Instant now = Instant.now();
        Article saved = newsroom(province, n -> n.write(typed("Tin gốc", "<p>Nội dung đã lưu.</p>"), "hy-editor"));
        long id = saved.getId();

        desk(province, d -> {
            d.keep(id, "hy-editor", typed("Tin gốc", "<p>Nội dung đã lưu.</p>"), now);
            return null;
        });
        assertTrue(desk(province, d -> d.open(id, "hy-editor", now)).isEmpty(),
                "a keep equal to the saved article (sent as the page was saved) is not offered");

        ArticleDraft edited = typed("Tin gốc đã sửa", "<p>Nội dung đã lưu.</p><p>Đoạn mới chưa lưu.</p>");
        desk(province, d -> {
            d.keep(id, "hy-editor", edited, now);
            return null;
        });
        assertEquals(edited, desk(province, d -> d.open(id, "hy-editor", now)).orElseThrow().draft());
        desk(province, d -> {
            d.discard(id, "hy-editor");
            return null;
        });
        assertTrue(desk(province, d -> d.open(id, "hy-editor", now)).isEmpty(), "discarded");
        assertEquals("Tin gốc", newsroom(province, n -> n.find(id).orElseThrow().getTitle()), "the desk never changes the article");
    }

    @Test
    void othersSeeWhoHasTheArticleOpenUntilThePageIsLeftOrQuiet() {
        String province = Fixtures.uniqueTenantCode("dp");
        String other = Fixtures.uniqueTenantCode("dq");
        Instant nine = Instant.parse("2026-12-01T02:12:00Z");
        long id = newsroom(province, n -> n.write(typed("Tin chung", "<p>x</p>"), "hy-editor")).getId();

        desk(province, d -> d.open(id, "hy-editor", nine));
        List<EditingDesk.Present> seen = desk(province, d -> d.others(id, "hy-publisher", nine.plusSeconds(30)));
        assertEquals(List.of(new EditingDesk.Present("hy-editor", nine)), seen);
        assertTrue(desk(province, d -> d.others(id, "hy-editor", nine.plusSeconds(30))).isEmpty(), "not warned about oneself");
        assertTrue(desk(other, d -> d.others(id, "hy-publisher", nine.plusSeconds(30))).isEmpty(), "not seen from another province");

        desk(province, d -> {
            d.stillThere(id, "hy-editor", nine.plusSeconds(60));
            return null;
        });
        assertEquals(nine, desk(province, d -> d.others(id, "hy-publisher", nine.plusSeconds(120))).get(0).since(),
                "a heartbeat keeps the presence and its start");
        assertTrue(desk(province, d -> d.others(id, "hy-publisher", nine.plusSeconds(60).plus(Duration.ofSeconds(91)))).isEmpty(),
                "quiet for more than 90 s (crashed browser): no longer shown");

        desk(province, d -> d.open(id, "hy-editor", nine.plusSeconds(300)));
        desk(province, d -> {
            d.left(id, "hy-editor");
            return null;
        });
        assertTrue(desk(province, d -> d.others(id, "hy-publisher", nine.plusSeconds(301))).isEmpty(), "left the page");
    }

    /**
     * Found under load: two sessions of one editor opening a new article at the same instant both found no desk, both
     * inserted one, and the second was answered 500 by the unique key (province, article 0, user). Now the second
     * waits for the first's row and shares it, without being tried again.
     */
    @Test
    void twoSessionsOfOneEditorOpeningANewArticleAtOnceShareOneDesk() throws Exception {
        String province = Fixtures.uniqueTenantCode("dr");
        Instant now = Instant.now();
        CountDownLatch inserted = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = first.submit(() -> desk(province, d -> {
                d.open(0, "tb-editor", now); // writes the new desk row: inserted, not committed for two seconds
                inserted.countDown();
                sleep(Duration.ofSeconds(2));
                return null;
            }));
            assertTrue(inserted.await(30, TimeUnit.SECONDS));
            long started = System.nanoTime();
            Optional<EditingDesk.Unsaved> second = desk(province, d -> d.open(0, "tb-editor", now.plusMillis(1)));
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            holding.get(30, TimeUnit.SECONDS);

            assertTrue(second.isEmpty(), "nothing typed yet: nothing to restore");
            assertTrue(waitedMs >= 500, "the second session waited for the first's row, " + waitedMs + " ms");
            long desks = jpa.inTransaction(province, em -> em.createQuery(
                    "SELECT COUNT(a) FROM ArticleAutosave a WHERE a.articleId = 0", Long.class).getSingleResult());
            assertEquals(1, desks, "one desk for the editor's new article");
            ArticleDraft typed = typed("Tin viết ở hai thẻ", "<p>x</p>");
            desk(province, d -> {
                d.keep(0, "tb-editor", typed, now.plusSeconds(30));
                return null;
            });
            assertEquals(typed, desk(province, d -> d.open(0, "tb-editor", now.plusSeconds(60))).orElseThrow().draft());
        } finally {
            first.shutdownNow();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
