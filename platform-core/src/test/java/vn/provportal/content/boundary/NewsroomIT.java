package vn.provportal.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.control.RevisionDiff;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleRevision;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.InvalidInput;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * The newsroom against a real MariaDB: every save leaves a revision, an old one can be restored, and two
 * editors saving the same draft never overwrite each other — the second is told who changed what, and
 * neither text is lost.
 */
class NewsroomIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T newsroom(String tenant, Function<Newsroom, T> work) {
        return Wired.call(jpa, tenant, new Newsroom(), work);
    }

    private static <T> T revisions(String tenant, Function<Revisions, T> work) {
        return Wired.call(jpa, tenant, new Revisions(), work);
    }

    private static ArticleDraft draft(String title, String body) {
        return ArticleDraft.text(title, "Sa-pô", body, "Hoàng Bền", null);
    }

    @Test
    void everySaveIsARevisionAndAnOldOneCanBeRestored() {
        String tenant = Fixtures.uniqueTenantCode("rv");
        Article created = newsroom(tenant, n -> n.write(draft("Bản đầu", "<p>Đoạn một.</p>"), "hy-editor"));
        long id = created.getId();
        Article second = newsroom(tenant, n -> n.edit(id, created.getVersion(),
                draft("Bản hai", "<p>Đoạn một đã sửa.</p><p>Đoạn mới.</p>"), "hy-editor"));
        newsroom(tenant, n -> n.edit(id, second.getVersion(), draft("Bản ba", "<p>Khác hẳn.</p>"), "hy-editor-2"));

        List<ArticleRevision> history = revisions(tenant, r -> r.of(id));
        assertEquals(List.of(3, 2, 1), history.stream().map(ArticleRevision::getNumber).toList());
        assertEquals("hy-editor-2", history.get(0).getSavedBy());

        List<RevisionDiff.Line> diff = revisions(tenant, r -> r.compare(id, 1, 2));
        RevisionDiff.Line title = diff.stream().filter(l -> l.field().equals("Tiêu đề")).findFirst().orElseThrow();
        assertTrue(title.changed());
        assertEquals("Bản <del>đầu</del>", title.left());
        assertEquals("Bản <ins>hai</ins>", title.right());

        Article current = newsroom(tenant, n -> n.find(id).orElseThrow());
        Article restored = revisions(tenant, r -> r.restore(id, 1, current.getVersion(), "hy-publisher"));
        assertEquals("Bản đầu", restored.getTitle());
        assertEquals("<p>Đoạn một.</p>", restored.getBodyHtml());
        List<ArticleRevision> after = revisions(tenant, r -> r.of(id));
        assertEquals(4, after.get(0).getNumber(), "a restore is itself a new revision, so it can be undone");
        assertEquals("Khôi phục bản 1", after.get(0).getNote());
    }

    @Test
    void secondEditorIsToldWhoChangedWhatAndNeitherTextIsLost() {
        String tenant = Fixtures.uniqueTenantCode("cf");
        Article loaded = newsroom(tenant, n -> n.write(draft("Tin chung", "<p>Nội dung gốc.</p>"), "hy-editor"));
        long id = loaded.getId();
        long versionBothLoaded = loaded.getVersion();

        newsroom(tenant, n -> n.edit(id, versionBothLoaded,
                draft("Tin chung", "<p>Nội dung của Lan.</p>"), "lan"));
        ArticleDraft mine = draft("Tiêu đề của Minh", "<p>Nội dung của Minh.</p>");
        EditConflict conflict = assertThrows(EditConflict.class,
                () -> newsroom(tenant, n -> n.edit(id, versionBothLoaded, mine, "minh")));

        assertTrue(conflict.messageVi().contains("lan"), conflict.messageVi());
        assertTrue(conflict.messageVi().contains("đã thay đổi: Nội dung)"),
                "names what the other editor changed (the body, not the title): " + conflict.messageVi());
        assertEquals("<p>Nội dung của Lan.</p>", conflict.theirs().body(), "the screen gets what is saved now");
        assertEquals("<p>Nội dung gốc.</p>", conflict.started().orElseThrow().body(), "and what both started from");
        Article stored = newsroom(tenant, n -> n.find(id).orElseThrow());
        assertEquals(stored.getVersion(), conflict.theirVersion(), "the version a choice per field saves over");
        assertEquals("<p>Nội dung của Lan.</p>", stored.getBodyHtml(), "the first save is not overwritten");
        assertEquals("Tin chung", stored.getTitle(), "nor any field of it by the refused save");
        assertEquals(2, revisions(tenant, r -> r.of(id)).size(), "the refused save left no revision");
    }

    @Test
    void aCategoryOfAnotherProvinceIsRefusedNotAttached() {
        String own = Fixtures.uniqueTenantCode("ca");
        String other = Fixtures.uniqueTenantCode("cb");
        Long foreign = jpa.inTransaction(other, em -> {
            Category category = new Category(new Slug("an-ninh"), "An ninh", 1);
            em.persist(category);
            em.flush();
            return category.getId();
        });
        InvalidInput refused = assertThrows(InvalidInput.class, () -> newsroom(own,
                n -> n.write(ArticleDraft.text("Tin", null, "<p>x</p>", null, foreign), "ed")));
        assertEquals("Chuyên mục không tồn tại", refused.messageVi());
        long articles = jpa.inTransaction(own, em -> em.createQuery("SELECT COUNT(a) FROM Article a", Long.class)
                .getSingleResult());
        assertEquals(0L, articles, "nothing half-saved");
    }

    @Test
    void anImageNotInTheProvincesLibraryIsRefused() {
        String tenant = Fixtures.uniqueTenantCode("im");
        String other = Fixtures.uniqueTenantCode("in");
        // #16: a real image of another province's library, not a made-up hash
        String theirs = vn.provportal.platform.Sha256.hex(("ảnh của tỉnh khác " + other).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        jpa.inTransaction(other, em -> {
            em.persist(new vn.provportal.media.entity.MediaFile(theirs, "image/png", 10, 10, new byte[] {1, 2, 3}, java.time.Instant.now()));
            return null;
        });
        var foreignImage = new vn.provportal.content.entity.ImageUse(theirs, "Chú thích", "Mô tả");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> newsroom(tenant, n -> n.write(
                new ArticleDraft("Tin", null, "<p>x</p>", null, null, null, null, List.of(foreignImage), null), "ed")));
        assertTrue(refused.messageVi().contains("thư viện ảnh"));
        assertEquals(0L, (long) jpa.inTransaction(tenant, em -> em.createQuery("SELECT COUNT(a) FROM Article a", Long.class)
                .getSingleResult()), "nothing saved");
    }

    @Test
    void draftsWithTheSameTitleGetTheirOwnAddresses() {
        String tenant = Fixtures.uniqueTenantCode("sl");
        List<String> slugs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slugs.add(newsroom(tenant, n -> n.write(draft("Thông báo tuyển sinh", "<p>x</p>"), "hy-editor")).getSlug().value());
        }
        assertEquals(List.of("thong-bao-tuyen-sinh", "thong-bao-tuyen-sinh-2", "thong-bao-tuyen-sinh-3"), slugs,
                "the second draft of a title used to fail the province's unique address (a database error, the text lost)");
        String symbols = newsroom(tenant, n -> n.write(draft("!!!", "<p>x</p>"), "hy-editor")).getSlug().value();
        String again = newsroom(tenant, n -> n.write(draft("???", "<p>x</p>"), "hy-editor")).getSlug().value();
        assertEquals(List.of("bai-viet", "bai-viet-2"), List.of(symbols, again));
        String longTitle = "Tin ".repeat(60).strip();
        newsroom(tenant, n -> n.write(draft(longTitle, "<p>x</p>"), "hy-editor"));
        String longSecond = newsroom(tenant, n -> n.write(draft(longTitle, "<p>x</p>"), "hy-editor")).getSlug().value();
        assertTrue(longSecond.endsWith("-2") && longSecond.length() <= Slug.MAX_LENGTH, longSecond);
    }

    @Test
    void aBulkActionChangesEveryArticleOrNoneAndNamesWhoRefused() {
        String tenant = Fixtures.uniqueTenantCode("bk");
        long first = newsroom(tenant, n -> n.write(draft("Tin một", "<p>x</p>"), "lan")).getId();
        long second = newsroom(tenant, n -> n.write(draft("Tin hai", "<p>x</p>"), "lan")).getId();
        long waiting = newsroom(tenant, n -> n.write(draft("Tin đang chờ", "<p>x</p>"), "lan")).getId();
        newsroom(tenant, n -> n.submit(waiting, "lan"));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> newsroom(tenant,
                n -> n.bulk(Newsroom.Bulk.SUBMIT, List.of(first, waiting, second), null, null, "lan")));
        assertTrue(refused.messageVi().contains("1 trong 3 bài") && refused.messageVi().contains("#" + waiting + " «Tin đang chờ»"),
                refused.messageVi());
        assertEquals("DRAFT", newsroom(tenant, n -> n.find(first).orElseThrow().getStatus().name()),
                "nothing done when one refuses: the first article was not submitted either");

        List<Article> submitted = newsroom(tenant, n -> n.bulk(Newsroom.Bulk.SUBMIT, List.of(first, second), null, null, "lan"));
        assertEquals(List.of("IN_REVIEW", "IN_REVIEW"), submitted.stream().map(a -> a.getStatus().name()).toList());
        InvalidInput own = assertThrows(InvalidInput.class, () -> newsroom(tenant,
                n -> n.bulk(Newsroom.Bulk.APPROVE, List.of(first, second), null, null, "lan")));
        assertTrue(own.messageVi().contains("không tự duyệt"), own.messageVi());
        newsroom(tenant, n -> n.bulk(Newsroom.Bulk.APPROVE, List.of(first, second, waiting), null, null, "hy-publisher"));
        assertEquals("PUBLISHED", newsroom(tenant, n -> n.find(waiting).orElseThrow().getStatus().name()));

        Long category = jpa.inTransaction(tenant, em -> {
            Category c = new Category(new Slug("canh-bao"), "Cảnh báo", 1);
            em.persist(c);
            em.flush();
            return c.getId();
        });
        newsroom(tenant, n -> n.bulk(Newsroom.Bulk.MOVE, List.of(first, second), category, null, "hy-publisher"));
        assertEquals("Cảnh báo", newsroom(tenant, n -> n.find(second).orElseThrow().getCategory().getName()));
        assertEquals("Nhập lý do gỡ bài", assertThrows(InvalidInput.class, () -> newsroom(tenant,
                n -> n.bulk(Newsroom.Bulk.UNPUBLISH, List.of(first), null, " ", "hy-publisher"))).messageVi());
    }
}
