package vn.provportal.admin.compliance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import vn.provportal.compliance.boundary.Compliance;
import vn.provportal.compliance.entity.ProvinceCompliance;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Backs {@code /compliance/index.xhtml}: the inspection checklist — a province's administrator sees the province's,
 * the ministry every province's (or the one it stepped into) — each line green or red with its evidence and link, and
 * the evidence pack to download.
 */
@Named
@RequestScoped
public class ComplianceBacking {

    @Inject
    Compliance compliance;

    @Inject
    CurrentTenant currentTenant;

    private List<ProvinceCompliance> provinces;

    public List<ProvinceCompliance> getProvinces() {
        if (provinces == null) {
            provinces = EvidencePack.provincesFor(compliance, currentTenant, Instant.now());
        }
        return provinces;
    }

    public boolean isWholeCountry() {
        return !currentTenant.isResolved();
    }
}
