package vn.provportal.stats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A province's satisfaction answers for one period and criterion ({@code ""} overall). One row per key. */
@Entity
@Table(name = "stats_satisfaction")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = SatisfactionFigures.BY_KEY, query = "SELECT f FROM SatisfactionFigures f WHERE f.periodType = :type "
        + "AND f.periodYear = :year AND f.periodNumber = :number AND f.criterion = :criterion")
@NamedQuery(name = SatisfactionFigures.HISTORY, query = "SELECT f FROM SatisfactionFigures f WHERE f.periodType = :type "
        + "AND f.criterion = '' ORDER BY f.periodYear DESC, f.periodNumber DESC")
public class SatisfactionFigures extends PeriodFigures {

    public static final String BY_KEY = "SatisfactionFigures.byKey";
    public static final String HISTORY = "SatisfactionFigures.history";

    @Column(nullable = false, length = 100)
    private String criterion;

    @Column(name = "very_satisfied", nullable = false)
    private long verySatisfied;

    @Column(nullable = false)
    private long satisfied;

    @Column(name = "not_satisfied", nullable = false)
    private long notSatisfied;

    protected SatisfactionFigures() {
    }

    public SatisfactionFigures(Period period, String criterion, SatisfactionCounts counts, Source source, Instant asOf) {
        super(period);
        this.criterion = criterion == null ? "" : criterion.strip();
        replace(counts, source, asOf);
    }

    public final void replace(SatisfactionCounts counts, Source source, Instant asOf) {
        this.verySatisfied = counts.verySatisfied();
        this.satisfied = counts.satisfied();
        this.notSatisfied = counts.notSatisfied();
        stamp(source, asOf);
    }

    public String getCriterion() {
        return criterion;
    }

    public SatisfactionCounts getCounts() {
        return new SatisfactionCounts(verySatisfied, satisfied, notSatisfied);
    }
}
