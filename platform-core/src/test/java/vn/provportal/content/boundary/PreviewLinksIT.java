package vn.provportal.content.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.platform.InvalidInput;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/** Preview links on a real MariaDB: open while valid, closed once revoked or expired, never across provinces. */
class PreviewLinksIT {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T links(String tenant, Function<PreviewLinks, T> work) {
        return Wired.call(jpa, tenant, new PreviewLinks(), work);
    }

    private static long draft(String tenant) {
        return jpa.inTransaction(tenant, em -> {
            Article article = new Article("Bản nháp chờ lãnh đạo xem", null, "<p>Nội dung</p>", null, null,
                    java.time.Instant.now());
            em.persist(article);
            em.flush();
            return article.getId();
        });
    }

    @Test
    void aLinkOpensTheDraftUntilRevoked() {
        String tenant = Fixtures.uniqueTenantCode("pv");
        long id = draft(tenant);
        PreviewLinks.Issued issued = links(tenant, l -> l.create(id, 48, "hy-editor"));
        assertEquals(43, issued.token().length());
        assertEquals("Bản nháp chờ lãnh đạo xem", links(tenant, l -> l.open(issued.token())).orElseThrow().getTitle());
        String storedHash = jpa.inTransaction(tenant, em -> (String) em.createNativeQuery(
                "SELECT token_hash FROM preview_link WHERE tenant_id = ?").setParameter(1, tenant)
                .setHint(NATIVE, true).getSingleResult());
        assertFalse(storedHash.contains(issued.token()), "only a hash of the token is stored");

        assertTrue(links(Fixtures.uniqueTenantCode("px"), l -> l.open(issued.token())).isEmpty(),
                "the token means nothing on another province's portal");
        long linkId = links(tenant, l -> l.of(id)).get(0).getId();
        assertThrows(InvalidInput.class, () -> links(Fixtures.uniqueTenantCode("py"), l -> {
            l.revoke(linkId);
            return null;
        }), "another province cannot revoke it");
        assertTrue(links(tenant, l -> l.open(issued.token())).isPresent());

        links(tenant, l -> {
            l.revoke(linkId);
            return null;
        });
        assertTrue(links(tenant, l -> l.open(issued.token())).isEmpty(), "revoked");
    }

    @Test
    void anExpiredLinkShowsNothingAndAbsurdLifetimesAreRefused() {
        String tenant = Fixtures.uniqueTenantCode("pe");
        long id = draft(tenant);
        PreviewLinks.Issued issued = links(tenant, l -> l.create(id, 1, "hy-editor"));
        jpa.inTransaction(tenant, em -> em.createNativeQuery("UPDATE preview_link SET expires_at = NOW(6) - INTERVAL 1 "
                + "MINUTE WHERE tenant_id = ?").setParameter(1, tenant).setHint(NATIVE, true).executeUpdate());
        assertTrue(links(tenant, l -> l.open(issued.token())).isEmpty(), "expired");
        assertThrows(InvalidInput.class, () -> links(tenant, l -> l.create(id, 0, "x")));
        assertThrows(InvalidInput.class, () -> links(tenant, l -> l.create(id, 24 * 31, "x")));
        assertTrue(links(tenant, l -> l.open("not-a-token")).isEmpty());
    }
}
