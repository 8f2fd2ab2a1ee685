package vn.provportal.admin.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import vn.provportal.stats.boundary.FleetStatistics;
import vn.provportal.tenant.boundary.Fleet;

/** Backs {@code /console/fleet.xhtml}: every province's activity side by side, with a chart and CSV. */
@Named
@RequestScoped
public class FleetBacking {

    @Inject
    Fleet fleet;

    @Inject
    FleetStatistics statistics;

    private List<Fleet.Row> rows;
    private Map<String, FleetStatistics.Rates> rates;

    public List<Fleet.Row> getRows() {
        if (rows == null) {
            rows = fleet.rows();
        }
        return rows;
    }

    public Map<String, FleetStatistics.Rates> getRates() {
        if (rates == null) {
            rates = statistics.latestRates();
        }
        return rates;
    }

    /** Bar length of a province's 30-day publications, relative to the busiest province. */
    public int bar(long published30) {
        long max = getRows().stream().mapToLong(Fleet.Row::published30).max().orElse(0);
        return max == 0 ? 0 : (int) Math.round(100.0 * published30 / max);
    }
}
