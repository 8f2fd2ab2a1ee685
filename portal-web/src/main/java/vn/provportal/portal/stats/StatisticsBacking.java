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

    private PeriodType type;
    private List<ProcessingFigures> processing;
    private List<SatisfactionFigures> satisfaction;

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

    public List<SatisfactionFigures> getSatisfaction() {
        if (satisfaction == null) {
            satisfaction = statistics.satisfactionHistory(getType(), PERIODS);
        }
        return satisfaction;
    }
}
