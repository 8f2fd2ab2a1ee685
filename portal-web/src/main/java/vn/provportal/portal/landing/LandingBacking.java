package vn.provportal.portal.landing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/** The platform's landing page, for a request that names no province: the list of provinces. */
@Named
@RequestScoped
public class LandingBacking {

    @Inject
    Tenants tenants;

    private List<Tenant> provinces;

    public List<Tenant> getProvinces() {
        if (provinces == null) {
            provinces = tenants.all().stream().filter(Tenant::isServing).toList();
        }
        return provinces;
    }
}
