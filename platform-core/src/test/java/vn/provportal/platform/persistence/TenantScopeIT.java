package vn.provportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.boundary.Categories;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * The one place a boundary gets its province, {@link TenantScopeInterceptor}, on a real MariaDB (test issue #16: the
 * persistence ITs bound the province themselves, so it was never exercised there; now every {@link TenantScoped}
 * boundary they call goes through it, see {@code Wired}). Two provinces with a category at the same address:
 * each sees its own, and a boundary called with no province resolved reads nothing at all rather than everyone's.
 */
class TenantScopeIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    @Test
    void theInterceptorBindsTheRequestsProvinceAndNothingElse() {
        String a = Fixtures.uniqueTenantCode("sa");
        String b = Fixtures.uniqueTenantCode("sb");
        for (String province : List.of(a, b)) {
            jpa.inTransaction(province, em -> {
                em.persist(new Category(new Slug("tin-tuc"), "Tin tức của " + province, 0));
                return null;
            });
        }
        assertEquals(List.of("Tin tức của " + a), names(a));
        assertEquals(List.of("Tin tức của " + b), names(b));

        RuntimeException none = assertThrows(RuntimeException.class, () -> names(null),
                "a province-owned boundary without a province must fail, not read every province");
        assertTrue(String.valueOf(none.getMessage()).contains("tenant") || none.getCause() != null, none.toString());

        Category created = Wired.call(jpa, a, new Categories(), c -> c.create("An ninh", "an-ninh", 1));
        assertEquals(1L, (long) jpa.inTransaction(a, em -> em.createQuery(
                "SELECT COUNT(c) FROM Category c WHERE c.id = :id", Long.class).setParameter("id", created.getId()).getSingleResult()),
                "written under the request's province");
        assertEquals(0L, (long) jpa.inTransaction(b, em -> em.createQuery(
                "SELECT COUNT(c) FROM Category c WHERE c.id = :id", Long.class).setParameter("id", created.getId()).getSingleResult()));
    }

    private static List<String> names(String province) {
        return Wired.call(jpa, province, new Categories(), c -> c.all().stream().map(Category::getName).toList());
    }
}
