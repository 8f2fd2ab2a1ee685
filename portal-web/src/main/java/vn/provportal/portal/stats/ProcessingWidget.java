package vn.provportal.portal.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.provportal.platform.VietnamTime;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.PeriodType;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.ProcessingFigures;
import vn.provportal.widget.boundary.Widget;
import vn.provportal.widget.entity.WidgetPlacement;

/**
 * "THỐNG KÊ KẾT QUẢ XỬ LÝ": the latest period's dossier processing results (setting {@code period} =
 * MONTH, QUARTER or YEAR; default MONTH) as a chart and a table with the same numbers.
 */
@ApplicationScoped
public class ProcessingWidget implements Widget {

    /** What the Facelet shows; {@code figures} is null when the province has no data yet. */
    public record Model(ProcessingFigures figures, String chartSvg) {

        public ProcessingFigures getFigures() {
            return figures;
        }

        public ProcessingCounts getCounts() {
            return figures == null ? null : figures.getCounts();
        }

        public String getChartSvg() {
            return chartSvg;
        }

        public String getAsOf() {
            return figures == null ? "" : VietnamTime.dateTime(figures.getAsOf());
        }
    }

    @Inject
    Statistics statistics;

    @Override
    public String type() {
        return "stats-processing";
    }

    @Override
    public String template() {
        return "/WEB-INF/widgets/stats-processing.xhtml";
    }

    @Override
    public Object model(WidgetPlacement placement) {
        PeriodType type = PeriodType.parse(placement.settings().getProperty("period"));
        return statistics.processingHistory(type, 1).stream().findFirst()
                .map(f -> new Model(f, chart(f)))
                .orElse(new Model(null, ""));
    }

    static String chart(ProcessingFigures f) {
        ProcessingCounts c = f.getCounts();
        return BarChart.svg("Kết quả xử lý hồ sơ " + f.getPeriod().label(), List.of(
                new BarChart.Bar("Tiếp nhận", c.received(), "bar-total"),
                new BarChart.Bar("Trước hạn", c.resolvedEarly(), "bar-good"),
                new BarChart.Bar("Đúng hạn", c.resolvedOnTime(), "bar-good"),
                new BarChart.Bar("Quá hạn", c.resolvedLate(), "bar-bad"),
                new BarChart.Bar("Đang xử lý", c.pending(), "bar-neutral")));
    }
}
