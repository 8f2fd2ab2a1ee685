package vn.provportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;

/**
 * Attacks the tenant discriminator on a real MariaDB: whatever tenant A does through JPA never returns,
 * changes or deletes tenant B's rows — also with many threads switching tenants at once (the failure mode
 * of eclipselink#1161) and with EclipseLink's second-level cache on, as in production.
 */
class TenantIsolationIT {

    private static DataSource dataSource;
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        dataSource = TestDatabase.ensureStarted();
        jpa = new TestPersistence(dataSource);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    @Test
    void readsAndQueriesSeeOnlyTheirOwnTenant() {
        String a = Fixtures.uniqueTenantCode("a");
        String b = Fixtures.uniqueTenantCode("b");
        Article ofA = persist(a, "Tin A");
        Article ofB = persist(b, "Tin B");

        EntityManager em = jpa.forTenant(a);
        try {
            List<Article> all = em.createQuery("SELECT x FROM Article x", Article.class).getResultList();
            assertTrue(all.stream().allMatch(x -> x.getTitle().endsWith(a)), "only A's rows: " + titles(all));
            assertEquals(1, all.size());
            assertNull(em.find(Article.class, ofB.getId()), "A must not find B's article by id");
            assertEquals(0, em.createNamedQuery(Article.PUBLISHED_BY_SLUG, Article.class)
                    .setParameter("slug", ofB.getSlug().value())
                    .setParameter("now", java.time.Instant.now()).getResultList().size());
            assertEquals(1L, em.createQuery("SELECT COUNT(x) FROM Article x WHERE x.id IN :ids", Long.class)
                    .setParameter("ids", List.of(ofA.getId(), ofB.getId())).getSingleResult());
        } finally {
            em.close();
        }
    }

    @Test
    void updatesAndDeletesNeverTouchAnotherTenant() throws SQLException {
        String a = Fixtures.uniqueTenantCode("a");
        String b = Fixtures.uniqueTenantCode("b");
        persist(a, "Tin A");
        Article ofB = persist(b, "Tin B");

        int updatedById = jpa.inTransaction(a, em -> em.createQuery(
                "UPDATE Article x SET x.author = 'kẻ xâm nhập' WHERE x.id = :id")
                .setParameter("id", ofB.getId()).executeUpdate());
        int updatedAll = jpa.inTransaction(a, em -> em.createQuery(
                "UPDATE Article x SET x.author = 'A sửa'").executeUpdate());
        int deletedById = jpa.inTransaction(a, em -> em.createQuery("DELETE FROM Article x WHERE x.id = :id")
                .setParameter("id", ofB.getId()).executeUpdate());

        assertEquals(0, updatedById);
        assertEquals(1, updatedAll);
        assertEquals(0, deletedById);
        assertEquals("Phóng viên " + b, column("author", ofB.getId()));

        int deletedAll = jpa.inTransaction(a, em -> em.createQuery("DELETE FROM Article x").executeUpdate());
        assertEquals(1, deletedAll);
        assertEquals(1, countRows(b));
        assertEquals(0, countRows(a));
    }

    @Test
    void removeOfAnotherTenantsEntityFindsNothingToRemove() throws SQLException {
        String a = Fixtures.uniqueTenantCode("a");
        String b = Fixtures.uniqueTenantCode("b");
        Article ofB = persist(b, "Tin B");
        // #16: the check used to sit inside "if (found != null)", which let a leak through as long as the remove failed
        assertNull(jpa.inTransaction(a, em -> em.find(Article.class, ofB.getId())), "province a cannot even find b's article");
        assertEquals(0, (int) jpa.inTransaction(a, em -> em.createQuery("DELETE FROM Article x WHERE x.id = :id")
                .setParameter("id", ofB.getId()).executeUpdate()), "nor delete it by its id");
        assertEquals(1, countRows(b));
    }

    @Test
    void queryWithoutTenantFailsClosed() {
        persist(Fixtures.uniqueTenantCode("a"), "Tin A");
        EntityManager em = jpa.withoutTenant();
        try {
            assertThrows(PersistenceException.class,
                    () -> em.createQuery("SELECT x FROM Article x", Article.class).getResultList());
        } finally {
            em.close();
        }
    }

    @Test
    void secondLevelCacheDoesNotLeakAcrossTenants() {
        String a = Fixtures.uniqueTenantCode("a");
        String b = Fixtures.uniqueTenantCode("b");
        Article ofB = persist(b, "Tin B");
        for (int round = 0; round < 3; round++) {
            EntityManager asB = jpa.forTenant(b);
            try {
                assertEquals(ofB.getTitle(), asB.find(Article.class, ofB.getId()).getTitle());
            } finally {
                asB.close();
            }
            EntityManager asA = jpa.forTenant(a);
            try {
                assertNull(asA.find(Article.class, ofB.getId()), "cached B row served to A in round " + round);
                assertTrue(asA.createQuery("SELECT x FROM Article x", Article.class).getResultList().isEmpty());
            } finally {
                asA.close();
            }
        }
    }

    @Test
    void manyThreadsSwitchingTenantsStayIsolated() throws Exception {
        List<String> tenants = List.of(Fixtures.uniqueTenantCode("c"), Fixtures.uniqueTenantCode("d"),
                Fixtures.uniqueTenantCode("e"), Fixtures.uniqueTenantCode("f"));
        for (String tenant : tenants) {
            persist(tenant, "Tin gốc");
        }
        int threads = 8;
        int rounds = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            results.add(pool.submit(concurrentWork(tenants, offset, rounds)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        int written = 0;
        for (Future<Integer> result : results) {
            written += result.get();
        }
        assertEquals(threads * rounds, written);
        for (String tenant : tenants) {
            assertEquals(0, rowsWithForeignTitle(tenant), "rows written under the wrong tenant for " + tenant);
        }
    }

    private Callable<Integer> concurrentWork(List<String> tenants, int offset, int rounds) {
        return () -> {
            for (int i = 0; i < rounds; i++) {
                String tenant = tenants.get((offset + i) % tenants.size());
                jpa.inTransaction(tenant, em -> {
                    List<Article> seen = em.createQuery("SELECT x FROM Article x", Article.class).getResultList();
                    if (!seen.stream().allMatch(x -> x.getTitle().endsWith(tenant))) {
                        throw new AssertionError(tenant + " saw " + titles(seen));
                    }
                    em.persist(Fixtures.publishedArticle(tenant, "Tin " + java.util.UUID.randomUUID()));
                    return null;
                });
            }
            return rounds;
        };
    }

    private Article persist(String tenant, String title) {
        return jpa.inTransaction(tenant, em -> {
            Article article = Fixtures.publishedArticle(tenant, title);
            em.persist(article);
            return article;
        });
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(Article::getTitle).toList();
    }

    private String column(String column, long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM article WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private int countRows(String tenant) throws SQLException {
        return count("SELECT COUNT(*) FROM article WHERE tenant_id = ?", tenant);
    }

    private int rowsWithForeignTitle(String tenant) throws SQLException {
        return count("SELECT COUNT(*) FROM article WHERE tenant_id = ? AND title NOT LIKE CONCAT('%', ?)",
                tenant, tenant);
    }

    private int count(String sql, String... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
