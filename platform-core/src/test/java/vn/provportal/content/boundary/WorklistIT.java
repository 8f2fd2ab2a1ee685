package vn.provportal.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
