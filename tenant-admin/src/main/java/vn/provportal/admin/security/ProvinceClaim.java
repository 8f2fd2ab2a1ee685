package vn.provportal.admin.security;

import java.util.List;
import java.util.Optional;
import vn.provportal.tenant.entity.TenantCode;

/**
 * Which province a token's holder belongs to: the {@code tenant} claim that Keycloak aggregates from the
 * province group's attribute, or else the group path {@code /tenants/<code>/...} in {@code tenant_groups}.
 * A ministry administrator's token has neither.
 */
public final class ProvinceClaim {

    private static final String PREFIX = "/tenants/";

    private ProvinceClaim() {
    }

    public static Optional<String> of(Optional<String> tenantClaim, List<String> groupPaths) {
        Optional<String> direct = tenantClaim.filter(TenantCode::isWellFormed);
        if (direct.isPresent()) {
            return direct;
        }
        return groupPaths.stream()
                .filter(path -> path.startsWith(PREFIX))
                .map(path -> path.substring(PREFIX.length()).split("/", 2)[0])
                .filter(TenantCode::isWellFormed)
                .findFirst();
    }
}
