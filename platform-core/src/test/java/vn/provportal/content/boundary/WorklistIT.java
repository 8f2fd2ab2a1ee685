package vn.provportal.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleStatus;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.InvalidInput;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/** The newsroom list on a real MariaDB: filters combine, sorting and paging hold, other provinces never show. */
class WorklistIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T worklist(String tenant, Function<Worklist, T> work) {
        return Wired.call(jpa, tenant, new Worklist(), work);
    }

    @Test
    void filtersSortAndPagesWithinTheProvince() {
        String tenant = Fixtures.uniqueTenantCode("wl");
        Long traffic = jpa.inTransaction(tenant, em -> {
            Category category = new Category(new Slug("giao-thong"), "Giao thông", 1);
            em.persist(category);
            for (int i = 1; i <= 25; i++) {
                Article a = new Article("Tuần tra số " + i, null, "<p>x</p>", i % 2 == 0 ? "Hoàng Bền" : "Lê Na",
                        i <= 5 ? category : null, Instant.now());
                if (i > 20) {
                    a.publish(Instant.now(), Instant.now());
                }
                em.persist(a);
            }
            em.flush();
            return category.getId();
        });
        jpa.inTransaction(Fixtures.uniqueTenantCode("wo"), em -> {
            em.persist(new Article("Tuần tra của tỉnh khác", null, "<p>x</p>", "Hoàng Bền", null, Instant.now()));
            return null;
        });

        assertEquals(25L, (long) worklist(tenant, w -> w.count(ArticleFilter.none())));
        assertEquals(5L, (long) worklist(tenant, w -> w.count(new ArticleFilter(ArticleStatus.PUBLISHED, null, null, null, null, null))));
        assertEquals(5L, (long) worklist(tenant, w -> w.count(new ArticleFilter(null, traffic, null, null, null, null))));
        assertEquals(12L, (long) worklist(tenant, w -> w.count(new ArticleFilter(null, null, "tuần TRA", "hoàng", null, null))));
        LocalDate today = LocalDate.now(vn.provportal.platform.VietnamTime.ZONE);
        assertEquals(0L, (long) worklist(tenant, w -> w.count(new ArticleFilter(null, null, null, null, today.plusDays(1), null))));
        assertEquals(25L, (long) worklist(tenant, w -> w.count(new ArticleFilter(null, null, null, null, today, today))));
        assertEquals(0L, (long) worklist(tenant, w -> w.count(new ArticleFilter(null, null, "100%", null, null, null))),
                "a % typed in the filter is a character, not a wildcard");

        List<String> secondPage = worklist(tenant, w -> w.page(ArticleFilter.none(), 10, 10, "title", true))
                .stream().map(Article::getTitle).toList();
        assertEquals(10, secondPage.size());
        assertEquals("Tuần tra số 19", secondPage.get(0), "sorted by title, ascending: " + secondPage);
        List<String> all = worklist(tenant, w -> w.page(ArticleFilter.none(), 0, 100, "title; DROP TABLE article", false))
                .stream().map(Article::getTitle).toList();
        assertEquals(25, all.size(), "an unknown sort column falls back to the last change");
    }

    @Test
    void theNewsroomsViewsAndTheTrashListWhatTheySay() {
        String tenant = Fixtures.uniqueTenantCode("wv");
        Function<Newsroom, Article> write = n -> n.write(ArticleDraft.text("Tin của Lan", null, "<p>x</p>", null, null), "lan");
        long mine = Wired.call(jpa, tenant, new Newsroom(), write).getId();
        long returned = Wired.call(jpa, tenant, new Newsroom(), write).getId();
        long trashed = Wired.call(jpa, tenant, new Newsroom(), write).getId();
        Wired.call(jpa, tenant, new Newsroom(), n -> n.write(ArticleDraft.text("Tin của Minh", null, "<p>x</p>", null, null), "minh"));
        Wired.call(jpa, tenant, new Newsroom(), n -> n.submit(returned, "lan"));
        Wired.call(jpa, tenant, new Newsroom(), n -> n.returnToEditor(returned, "Bổ sung ảnh", "hy-publisher"));
        Wired.call(jpa, tenant, new Newsroom(), n -> n.trash(trashed, "lan"));

        assertEquals(2L, (long) worklist(tenant, w -> w.count(ArticleFilter.writtenBy("lan"))), "Lan's own, the trash aside");
        assertEquals(List.of(returned), worklist(tenant, w -> w.page(ArticleFilter.returnedTo("lan"), 0, 10, "updatedAt", false))
                .stream().map(Article::getId).toList());
        assertEquals(0L, (long) worklist(tenant, w -> w.count(ArticleFilter.returnedTo("minh"))));
        assertEquals(3L, (long) worklist(tenant, w -> w.count(ArticleFilter.none())), "the trashed draft is out of the list");
        ArticleFilter trash = new ArticleFilter(null, null, null, null, null, null, null, false, true);
        assertEquals(List.of(trashed), worklist(tenant, w -> w.page(trash, 0, 10, "updatedAt", false)).stream()
                .map(Article::getId).toList());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Wired.call(jpa, tenant, new Newsroom(),
                n -> n.edit(trashed, n.find(trashed).orElseThrow().getVersion(), ArticleDraft.text("Sửa", null, "<p>y</p>", null, null), "lan")));
        assertTrue(refused.messageVi().startsWith("Không thể sửa"), refused.messageVi());

        Wired.call(jpa, tenant, new Newsroom(), n -> n.restoreFromTrash(trashed, "minh"));
        assertEquals(4L, (long) worklist(tenant, w -> w.count(ArticleFilter.none())), "restored as it was");
        assertEquals(0L, (long) worklist(tenant, w -> w.count(trash)));
        Wired.call(jpa, tenant, new Newsroom(), n -> n.submit(mine, "lan"));
        assertEquals(1L, (long) worklist(tenant, w -> w.count(ArticleFilter.inReview())));
    }
}
