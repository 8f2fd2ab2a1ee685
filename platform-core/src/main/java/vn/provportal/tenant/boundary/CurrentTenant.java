package vn.provportal.tenant.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;
import vn.provportal.tenant.entity.Tenant;

/**
 * The province this request works for. Set once per request by the web application's resolver (host or
 * path prefix on the portal, the signed-in user's token in the back office) and read by everything else.
 */
@RequestScoped
public class CurrentTenant {

    private Tenant tenant;

    public void set(Tenant tenant) {
        if (this.tenant != null && !this.tenant.getId().equals(tenant.getId())) {
            throw new IllegalStateException("the request's province is already " + this.tenant.getCode());
        }
        this.tenant = tenant;
    }

    /**
     * Runs platform work (seeding, scheduled jobs, merges) for one province and restores the previous
     * province afterwards. Each call must run in its own transaction: see {@code TenantDiscriminator}.
     */
    public <T> T callAs(Tenant province, Supplier<T> work) {
        Tenant previous = tenant;
        tenant = province;
        try {
            return work.get();
        } finally {
            tenant = previous;
        }
    }

    public boolean isResolved() {
        return tenant != null;
    }

    public Optional<String> code() {
        return Optional.ofNullable(tenant).map(t -> t.getCode().value());
    }

    /** The current province; throws where a request without one reaches tenant-owned code. */
    public Tenant get() {
        if (tenant == null) {
            throw new IllegalStateException("no province resolved for this request");
        }
        return tenant;
    }
}
