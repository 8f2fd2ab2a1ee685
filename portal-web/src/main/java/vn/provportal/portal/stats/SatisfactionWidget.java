package vn.provportal.portal.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.provportal.platform.VietnamTime;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.SatisfactionCounts;
import vn.provportal.stats.entity.SatisfactionFigures;
import vn.provportal.widget.boundary.Widget;
import vn.provportal.widget.entity.WidgetPlacement;

/** "THỐNG KÊ MỨC ĐỘ HÀI LÒNG": the latest period's satisfaction answers as a chart and a table. */
@ApplicationScoped
public class SatisfactionWidget implements Widget {

    /** What the Facelet shows; {@code figures} is null when the province has no data yet. */
    public record Model(SatisfactionFigures figures, String chartSvg, SatisfactionFigures votes, String voteToken) {

        public SatisfactionFigures getFigures() {
            return figures;
        }

        public SatisfactionCounts getCounts() {
            return figures == null ? null : figures.getCounts();
        }

        public String getChartSvg() {
            return chartSvg;
        }

        public String getAsOf() {
            return figures == null ? "" : VietnamTime.dateTime(figures.getAsOf());
        }

        public SatisfactionCounts getVotes() {
            return votes == null ? null : votes.getCounts();
        }

        public String getVoteToken() {
            return voteToken;
        }
    }

    @Inject
    Statistics statistics;

    @Inject
    vn.provportal.portal.comment.FormToken tokens;

    @Inject
    vn.provportal.tenant.boundary.CurrentTenant currentTenant;

    @Override
    public String type() {
        return "stats-satisfaction";
    }

    @Override
    public String template() {
        return "/WEB-INF/widgets/stats-satisfaction.xhtml";
    }

    @Override
    public Object model(WidgetPlacement placement) {
        SatisfactionFigures votes = statistics.portalVotes(
                vn.provportal.stats.entity.Period.monthOf(java.time.Instant.now())).orElse(null);
        String token = tokens.issue(currentTenant.get().getCode().value(), VoteServlet.FORM);
        SatisfactionFigures latest = statistics.satisfactionHistory(
                vn.provportal.stats.entity.PeriodType.parse(placement.settings().getProperty("period")), 1)
                .stream().findFirst().orElse(null);
        return new Model(latest, latest == null ? "" : chart(latest), votes, token);
    }

    static String chart(SatisfactionFigures f) {
        SatisfactionCounts c = f.getCounts();
        return BarChart.svg("Mức độ hài lòng " + f.getPeriod().label(), List.of(
                new BarChart.Bar("Rất hài lòng", c.verySatisfied(), "bar-good"),
                new BarChart.Bar("Hài lòng", c.satisfied(), "bar-good"),
                new BarChart.Bar("Chưa hài lòng", c.notSatisfied(), "bar-bad")));
    }
}
