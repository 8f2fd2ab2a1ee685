package vn.provportal.portal.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.PeriodType;
import vn.provportal.stats.entity.ProcessingFigures;
import vn.provportal.stats.entity.SatisfactionFigures;

/** The province's statistics page: the history of both indices for months, quarters or years. */
@Named
@RequestScoped
public class StatisticsBacking {

    static final int PERIODS = 12;

    @Inject
    Statistics statistics;

    @Inject
    vn.provportal.tenant.boundary.CurrentTenant currentTenant;

    @Inject
    vn.provportal.tenant.boundary.Tenants tenants;

    @Inject
    vn.provportal.portal.routing.ReadingTransaction reading;

    /** The statistics of a province merged into this one, kept as its history and labelled with its name. */
    public record History(String label, List<ProcessingFigures> processing) {

        public String getLabel() {
            return label;
        }

        public List<ProcessingFigures> getProcessing() {
            return processing;
        }
    }

    private PeriodType type;
    private List<ProcessingFigures> processing;
    private List<SatisfactionFigures> satisfaction;
    private List<History> history;

    public PeriodType getType() {
        if (type == null) {
            type = PeriodType.parse(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("ky"));
        }
        return type;
    }

    public List<PeriodType> getTypes() {
        return List.of(PeriodType.values());
    }

    public List<ProcessingFigures> getProcessing() {
        if (processing == null) {
            processing = statistics.processingHistory(getType(), PERIODS);
        }
        return processing;
    }

    /**
     * Each absorbed province's processing results before the merge, each read in a transaction of its own: the
     * page's own transaction ({@code ReadingTransaction}) belongs to this request's province.
     */
    public List<History> getHistory() {
        if (history == null) {
            String code = currentTenant.get().getCode().value();
            history = tenants.all().stream().filter(t -> code.equals(t.getMergedInto()))
                    .map(t -> new History("Trước sắp xếp: " + t.getNameVi(),
                            currentTenant.callAs(t, () -> reading.apart(() -> statistics.processingHistory(getType(), PERIODS)))))
                    .filter(h -> !h.processing().isEmpty()).toList();
        }
        return history;
    }

    public List<SatisfactionFigures> getSatisfaction() {
        if (satisfaction == null) {
            satisfaction = statistics.satisfactionHistory(getType(), PERIODS);
        }
        return satisfaction;
    }
}
