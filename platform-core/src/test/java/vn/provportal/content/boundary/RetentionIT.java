package vn.provportal.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * What is kept only for a while, on a real MariaDB: a trashed article past its time goes with its image and
 * revisions, a recently trashed one and other provinces' stay; typed text nobody touched for a month goes.
 */
class RetentionIT {

    private static final Duration MONTH = Duration.ofDays(30);
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static long trashed(String tenant, String title, Instant when) {
        return jpa.inTransaction(tenant, em -> {
            Article article = new Article(title, null, "<p>Nháp</p>", "Lê Na", null, when);
            article.addImage("c".repeat(64), "Chú thích", "Mô tả");
            article.trash("lan", when);
            em.persist(article);
            em.flush();
            em.createNativeQuery("INSERT INTO article_revision (tenant_id, article_id, number, article_version, saved_at, "
                    + "saved_by, title, body_html) VALUES (?, ?, 1, 1, ?, 'lan', ?, '<p>Nháp</p>')").setParameter(1, tenant)
                    .setParameter(2, article.getId()).setParameter(3, java.sql.Timestamp.from(when)).setParameter(4, title)
                    .executeUpdate();
            return article.getId();
        });
    }

    private static long count(String tenant, String sql, long id) {
        return jpa.inTransaction(tenant, em -> ((Number) em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true).setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void whatIsPastItsTimeGoesAndNothingElse() {
        Instant now = Instant.now();
        String province = Fixtures.uniqueTenantCode("rt");
        String other = Fixtures.uniqueTenantCode("ru");
        long old = trashed(province, "Nháp bỏ từ lâu", now.minus(Duration.ofDays(31)));
        long recent = trashed(province, "Nháp mới bỏ", now.minus(Duration.ofDays(5)));
        long theirs = trashed(other, "Nháp của tỉnh khác", now.minus(Duration.ofDays(40)));
        Wired.call(jpa, province, new EditingDesk(), d -> {
            d.keep(0, "lan", vn.provportal.content.boundary.ArticleDraft.text("Bài viết dở", null, "<p>x</p>", null, null),
                    now.minus(Duration.ofDays(31)));
            d.keep(0, "minh", vn.provportal.content.boundary.ArticleDraft.text("Bài viết hôm qua", null, "<p>y</p>", null, null),
                    now.minus(Duration.ofDays(1)));
            return null;
        });

        Retention.Purged purged = Wired.call(jpa, province, new Retention(), r -> r.purge(now, MONTH, MONTH));

        assertEquals(new Retention.Purged(1, 1), purged);
        assertNull(jpa.inTransaction(province, em -> em.find(Article.class, old)), "a month in the trash: gone");
        assertEquals(0, count(province, "SELECT COUNT(*) FROM article_image WHERE article_id = ?1", old), "with its image");
        assertEquals(0, count(province, "SELECT COUNT(*) FROM article_revision WHERE article_id = ?1", old), "and revisions");
        assertNotNull(jpa.inTransaction(province, em -> em.find(Article.class, recent)), "five days in the trash: kept");
        assertEquals(1, count(province, "SELECT COUNT(*) FROM article_revision WHERE article_id = ?1", recent), "with its revision");
        assertNotNull(jpa.inTransaction(other, em -> em.find(Article.class, theirs)), "another province's: untouched");
        assertEquals(java.util.Optional.empty(), Wired.call(jpa, province, new EditingDesk(), d -> d.open(0, "lan", now)),
                "text untouched for a month: gone");
        assertEquals("Bài viết hôm qua", Wired.call(jpa, province, new EditingDesk(), d -> d.open(0, "minh", now))
                .orElseThrow().draft().title(), "yesterday's: kept");
    }
}
