package vn.provportal.stats.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.PeriodType;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.SatisfactionCounts;

/**
 * The ministry's view across provinces: each province's latest monthly on-time and satisfaction rates, side by
 * side. Platform code reading every province on purpose, so its native SQL names no tenant; only the
 * ministry console calls it.
 */
@ApplicationScoped
@Transactional
public class FleetStatistics {

    /** One province's latest rates; a rate is null when the province has no figures. */
    public record Rates(Period processingPeriod, BigDecimal onTimeRate, Period satisfactionPeriod,
            BigDecimal satisfiedRate) {

        public String getOnTime() {
            return onTimeRate == null ? "—" : onTimeRate + "% (" + processingPeriod.label() + ")";
        }

        public String getSatisfied() {
            return satisfiedRate == null ? "—" : satisfiedRate + "% (" + satisfactionPeriod.label() + ")";
        }
    }

    private static final String LATEST_PROCESSING = "SELECT p.tenant_id, p.period_year, p.period_number, "
            + "p.resolved_early, p.resolved_on_time, p.resolved_late FROM stats_processing p "
            + "WHERE p.period_type = 'MONTH' AND p.procedure_group = '' AND p.period_year * 100 + p.period_number = "
            + "(SELECT MAX(q.period_year * 100 + q.period_number) FROM stats_processing q "
            + "WHERE q.tenant_id = p.tenant_id AND q.period_type = 'MONTH' AND q.procedure_group = '')";
    private static final String LATEST_SATISFACTION = "SELECT s.tenant_id, s.period_year, s.period_number, "
            + "s.very_satisfied, s.satisfied, s.not_satisfied FROM stats_satisfaction s "
            + "WHERE s.period_type = 'MONTH' AND s.criterion = '' AND s.period_year * 100 + s.period_number = "
            + "(SELECT MAX(t.period_year * 100 + t.period_number) FROM stats_satisfaction t "
            + "WHERE t.tenant_id = s.tenant_id AND t.period_type = 'MONTH' AND t.criterion = '')";

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public Map<String, Rates> latestRates() {
        Map<String, Rates> rates = new HashMap<>();
        for (Object[] row : rows(LATEST_PROCESSING)) {
            long early = number(row[3]);
            long onTime = number(row[4]);
            long late = number(row[5]);
            BigDecimal rate = new ProcessingCounts(early + onTime + late, 0, early, onTime, late, 0, 0).onTimeRate();
            rates.put((String) row[0], new Rates(month(row), rate, null, null));
        }
        for (Object[] row : rows(LATEST_SATISFACTION)) {
            BigDecimal rate = new SatisfactionCounts(number(row[3]), number(row[4]), number(row[5])).satisfiedRate();
            Rates processing = rates.get((String) row[0]);
            rates.put((String) row[0], processing == null ? new Rates(null, null, month(row), rate)
                    : new Rates(processing.processingPeriod(), processing.onTimeRate(), month(row), rate));
        }
        return rates;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList();
    }

    private static Period month(Object[] row) {
        return new Period(PeriodType.MONTH, (int) number(row[1]), (int) number(row[2]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
