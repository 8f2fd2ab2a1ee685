package vn.provportal.tenant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;

/** The registry of provinces: looked up by code or hostname on every portal request. */
@ApplicationScoped
@Transactional
public class Tenants {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public Optional<Tenant> findByCode(String code) {
        if (!TenantCode.isWellFormed(code)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Tenant.BY_CODE, Tenant.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Tenant> findByHostname(String hostname) {
        if (hostname == null || hostname.isBlank() || hostname.length() > 253) {
            return Optional.empty();
        }
        return em.createNamedQuery(Tenant.BY_HOSTNAME, Tenant.class)
                .setParameter("hostname", hostname.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public List<Tenant> all() {
        return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList();
    }

    /** Registers a province with its hostnames; the caller owns what else provisioning creates. */
    public Tenant register(TenantCode code, String nameVi, String nameEn, Theme theme, List<String> hostnames) {
        Tenant tenant = new Tenant(code, nameVi, nameEn, theme, Instant.now());
        hostnames.forEach(tenant::addHostname);
        em.persist(tenant);
        em.flush();
        return tenant;
    }
}
