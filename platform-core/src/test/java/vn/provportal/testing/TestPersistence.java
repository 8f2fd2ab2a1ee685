package vn.provportal.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.provportal.platform.persistence.TenantDiscriminator;

/**
 * The application's own persistence unit outside the container: same entities, same mappings, same
 * EclipseLink, with resource-local transactions on the test database.
 */
public final class TestPersistence implements AutoCloseable {

    private final EntityManagerFactory emf;

    public TestPersistence(DataSource dataSource) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        overrides.put("jakarta.persistence.jtaDataSource", "");
        overrides.put("jakarta.persistence.nonJtaDataSource", dataSource);
        overrides.put("eclipselink.logging.level", "WARNING");
        emf = Persistence.createEntityManagerFactory("provportal", overrides);
    }

    /** An EntityManager bound to one province, exactly as the container binds it. */
    public EntityManager forTenant(String tenantCode) {
        EntityManager em = emf.createEntityManager();
        TenantDiscriminator.bind(em, tenantCode);
        return em;
    }

    public EntityManager withoutTenant() {
        return emf.createEntityManager();
    }

    /**
     * Runs {@code work} in one committed transaction for {@code tenantCode}, or as platform code (no province
     * bound, native SQL naming provinces itself) when it is null.
     */
    public <T> T inTransaction(String tenantCode, Function<EntityManager, T> work) {
        EntityManager em = tenantCode == null ? withoutTenant() : forTenant(tenantCode);
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
