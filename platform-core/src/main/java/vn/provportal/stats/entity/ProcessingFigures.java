package vn.provportal.stats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A province's dossier processing results for one period and procedure group ({@code ""} for all). There is
 * one row per (province, period, group): new figures for the same key replace the old ones, so sending
 * the same period twice changes nothing.
 */
@Entity
@Table(name = "stats_processing")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ProcessingFigures.BY_KEY, query = "SELECT f FROM ProcessingFigures f WHERE f.periodType = :type "
        + "AND f.periodYear = :year AND f.periodNumber = :number AND f.procedureGroup = :group")
@NamedQuery(name = ProcessingFigures.HISTORY, query = "SELECT f FROM ProcessingFigures f WHERE f.periodType = :type "
        + "AND f.procedureGroup = '' ORDER BY f.periodYear DESC, f.periodNumber DESC")
public class ProcessingFigures {

    public static final String BY_KEY = "ProcessingFigures.byKey";
    public static final String HISTORY = "ProcessingFigures.history";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 10)
    private PeriodType periodType;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @Column(name = "procedure_group", nullable = false, length = 100)
    private String procedureGroup;

    @Column(name = "received_online", nullable = false)
    private long receivedOnline;

    @Column(name = "received_offline", nullable = false)
    private long receivedOffline;

    @Column(name = "resolved_early", nullable = false)
    private long resolvedEarly;

    @Column(name = "resolved_on_time", nullable = false)
    private long resolvedOnTime;

    @Column(name = "resolved_late", nullable = false)
    private long resolvedLate;

    @Column(name = "pending_in_time", nullable = false)
    private long pendingInTime;

    @Column(name = "pending_overdue", nullable = false)
    private long pendingOverdue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    @Version
    private long version;

    protected ProcessingFigures() {
    }

    public ProcessingFigures(Period period, String procedureGroup, ProcessingCounts counts, Source source,
            Instant asOf) {
        this.periodType = period.type();
        this.periodYear = period.year();
        this.periodNumber = period.number();
        this.procedureGroup = procedureGroup == null ? "" : procedureGroup.strip();
        replace(counts, source, asOf);
    }

    /** Takes the newer figures; the source and as-of time always describe what is stored. */
    public final void replace(ProcessingCounts counts, Source source, Instant asOf) {
        this.receivedOnline = counts.receivedOnline();
        this.receivedOffline = counts.receivedOffline();
        this.resolvedEarly = counts.resolvedEarly();
        this.resolvedOnTime = counts.resolvedOnTime();
        this.resolvedLate = counts.resolvedLate();
        this.pendingInTime = counts.pendingInTime();
        this.pendingOverdue = counts.pendingOverdue();
        this.source = source;
        this.asOf = asOf;
    }

    public Period getPeriod() {
        return new Period(periodType, periodYear, periodNumber);
    }

    public String getProcedureGroup() {
        return procedureGroup;
    }

    public ProcessingCounts getCounts() {
        return new ProcessingCounts(receivedOnline, receivedOffline, resolvedEarly, resolvedOnTime, resolvedLate,
                pendingInTime, pendingOverdue);
    }

    public Source getSource() {
        return source;
    }

    public Instant getAsOf() {
        return asOf;
    }
}
