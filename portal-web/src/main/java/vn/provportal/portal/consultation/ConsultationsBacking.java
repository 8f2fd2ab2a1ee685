package vn.provportal.portal.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.consultation.boundary.Consultations;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.consultation.entity.ConsultationStatus;
import vn.provportal.platform.VietnamTime;

/**
 * "Góp ý dự thảo" ({@code /<province>/gop-y-du-thao}): the drafts taking opinions now, then those to come, then those
 * closed (with their summaries), each with its period and status.
 */
@Named
@RequestScoped
public class ConsultationsBacking {

    @Inject
    Consultations consultations;

    private List<Consultation> all;

    private List<Consultation> all() {
        if (all == null) {
            all = consultations.all();
        }
        return all;
    }

    /** Open first, then to come, then closed; within each, the latest closing first. */
    public List<Consultation> getOrdered() {
        return all().stream().sorted(java.util.Comparator.comparing(c -> ORDER.indexOf(c.status(VietnamTime.today()))))
                .toList();
    }

    public String status(Consultation consultation) {
        return consultation.status(VietnamTime.today()).name();
    }

    private static final List<ConsultationStatus> ORDER = List.of(ConsultationStatus.OPEN, ConsultationStatus.UPCOMING,
            ConsultationStatus.CLOSED);
}
