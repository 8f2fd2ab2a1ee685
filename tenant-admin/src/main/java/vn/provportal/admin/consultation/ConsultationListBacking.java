package vn.provportal.admin.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.consultation.boundary.Consultations;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.boundary.CurrentTenant;

/** Backs {@code /consultations/index.xhtml}: the province's draft consultations, the latest closing first. */
@Named
@RequestScoped
public class ConsultationListBacking {

    @Inject
    Consultations consultations;

    @Inject
    CurrentTenant currentTenant;

    private List<Consultation> all;

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    public List<Consultation> getConsultations() {
        if (all == null) {
            all = consultations.all();
        }
        return all;
    }

    public String status(Consultation consultation) {
        return consultation.status(VietnamTime.today()).name();
    }

    public long received(Consultation consultation) {
        return consultations.count(consultation.getId());
    }
}
