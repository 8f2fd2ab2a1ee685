package vn.provportal.portal.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.provportal.edge.boundary.PageGenerations;
import vn.provportal.edge.boundary.PageGenerations.Stamp;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/**
 * Which province a host name or a path prefix names, asked on every portal request. Read from the database once
 * and then kept on this node for as long as the province's and the platform's generations in the data grid are
 * unchanged ({@link PageGenerations}): provisioning, suspending, re-theming or merging a province renews them from
 * whichever war or node commits it, so the next request here reads the province again. Before, every request —
 * a refused post in a flood too — cost two queries in two transactions (security issue #12 item 10). Without a
 * data grid nothing is kept.
 */
@ApplicationScoped
public class KnownProvinces {

    /** Host names and codes never looked up before are few; past this many, the kept answers are dropped. */
    private static final int MAX_KEPT = 10_000;

    @Inject
    Tenants tenants;

    @Inject
    PageGenerations generations;

    private final Map<String, Kept> byHostname = new ConcurrentHashMap<>();
    private final Map<String, Kept> byCode = new ConcurrentHashMap<>();

    /** A lookup's answer (empty: no such province) with the generations it was read under. */
    private record Kept(Optional<Tenant> province, Stamp stamp) {
    }

    public Optional<Tenant> byHostname(String hostname) {
        if (hostname == null || hostname.isBlank() || hostname.length() > 253) {
            return Optional.empty();
        }
        return lookUp(byHostname, hostname.toLowerCase(Locale.ROOT), tenants::findByHostname);
    }

    public Optional<Tenant> byCode(String code) {
        return lookUp(byCode, code, tenants::findByCode);
    }

    private Optional<Tenant> lookUp(Map<String, Kept> kept, String key,
            java.util.function.Function<String, Optional<Tenant>> read) {
        if (!generations.isShared()) {
            return read.apply(key);
        }
        Kept known = kept.get(key);
        if (known != null && known.stamp().equals(stampOf(known.province()))) {
            return known.province();
        }
        // read the generations before the row: a change committed in between renews them, and the next look reads again
        Stamp before = generations.stamp(Optional.empty());
        Optional<Tenant> province = read.apply(key);
        province.ifPresent(p -> p.getHostnames().size()); // loaded here, not by the threads that share it
        Stamp stamp = province.isPresent() ? generations.stamp(Optional.of(province.get().getCode().value())) : before;
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        if (stamp.platform() == null ? before.platform() == null : stamp.platform().equals(before.platform())) {
            kept.put(key, new Kept(province, stamp));
        }
        return province;
    }

    private Stamp stampOf(Optional<Tenant> province) {
        return generations.stamp(province.map(p -> p.getCode().value()));
    }
}
