package vn.provportal.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * The single place where a tenant is handed to EclipseLink's {@code @Multitenant} discriminator. Every
 * tenant-owned query and insert is then filtered by {@code tenant_id}; without a tenant such queries fail
 * closed (EclipseLink-6174).
 */
public final class TenantDiscriminator {

    public static final String PROPERTY = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT;

    private TenantDiscriminator() {
    }

    /**
     * Binds the tenant for the rest of the current persistence context. Switching to another tenant inside
     * one persistence context is refused: EclipseLink would write pending rows under the wrong tenant.
     */
    public static void bind(EntityManager em, String tenantCode) {
        Objects.requireNonNull(tenantCode, "tenantCode");
        Object bound = em.getProperties().get(PROPERTY);
        if (bound != null && !bound.equals(tenantCode)) {
            throw new IllegalStateException(
                    "persistence context already bound to tenant " + bound + ", refused " + tenantCode);
        }
        if (bound == null) {
            em.setProperty(PROPERTY, tenantCode);
        }
    }
}
