package vn.provportal.stats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
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
public class ProcessingFigures extends PeriodFigures {

    public static final String BY_KEY = "ProcessingFigures.byKey";
    public static final String HISTORY = "ProcessingFigures.history";

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

    protected ProcessingFigures() {
    }

    public ProcessingFigures(Period period, String procedureGroup, ProcessingCounts counts, Source source,
            Instant asOf) {
        super(period);
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
        stamp(source, asOf);
    }

    public String getProcedureGroup() {
        return procedureGroup;
    }

    public ProcessingCounts getCounts() {
        return new ProcessingCounts(receivedOnline, receivedOffline, resolvedEarly, resolvedOnTime, resolvedLate,
                pendingInTime, pendingOverdue);
    }
}
