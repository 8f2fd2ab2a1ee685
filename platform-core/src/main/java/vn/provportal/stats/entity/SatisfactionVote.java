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
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * That a client voted in a month, and how; the client is only a salted hash of its address. A vote that came in a
 * burst is held: kept with its criteria, counted only when an administrator releases it.
 */
@Entity
@Table(name = "satisfaction_vote")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = SatisfactionVote.COUNT_FOR_CLIENT, query = "SELECT COUNT(v) FROM SatisfactionVote v "
        + "WHERE v.periodYear = :year AND v.periodNumber = :number AND v.clientHash = :client")
@NamedQuery(name = SatisfactionVote.COUNT_SINCE, query = "SELECT COUNT(v) FROM SatisfactionVote v WHERE v.createdAt >= :since")
@NamedQuery(name = SatisfactionVote.HELD, query = "SELECT v FROM SatisfactionVote v WHERE v.held = TRUE ORDER BY v.id")
@NamedQuery(name = SatisfactionVote.FORGET_CLIENTS, query = "UPDATE SatisfactionVote v SET v.clientHash = "
        + "FUNCTION('CONCAT', '" + SatisfactionVote.FORGOTTEN + "', v.id) WHERE v.createdAt < :before "
        + "AND v.clientHash NOT LIKE '" + SatisfactionVote.FORGOTTEN + "%'")
public class SatisfactionVote {

    /**
     * A vote whose voter's hash is past its time keeps a mark unique to the vote instead (the table allows one vote per
     * hash and month): the vote still counts, nothing ties it to an address.
     */
    public static final String FORGET_CLIENTS = "SatisfactionVote.forgetClients";
    public static final String FORGOTTEN = "forgotten-";

    public static final String COUNT_FOR_CLIENT = "SatisfactionVote.countForClient";
    public static final String COUNT_SINCE = "SatisfactionVote.countSince";
    public static final String HELD = "SatisfactionVote.held";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SatisfactionLevel level;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean held;

    @Column(length = 300)
    private String criteria;

    protected SatisfactionVote() {
    }

    public SatisfactionVote(Period month, String clientHash, SatisfactionLevel level, Instant now) {
        this.periodYear = month.year();
        this.periodNumber = month.number();
        this.clientHash = clientHash;
        this.level = level;
        this.createdAt = now;
    }

    /** Kept aside with what was ticked, to be counted or discarded by an administrator. */
    public SatisfactionVote held(java.util.Set<VoteCriterion> ticked) {
        this.held = true;
        this.criteria = ticked.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
        return this;
    }

    /** Counted from now on; returns the criteria that were ticked. */
    public java.util.Set<VoteCriterion> release() {
        this.held = false;
        java.util.Set<VoteCriterion> ticked = java.util.EnumSet.noneOf(VoteCriterion.class);
        if (criteria != null && !criteria.isBlank()) {
            for (String name : criteria.split(",")) {
                ticked.add(VoteCriterion.valueOf(name));
            }
        }
        return ticked;
    }

    public Long getId() {
        return id;
    }

    public Period getPeriod() {
        return Period.parse(String.format("%d-%02d", periodYear, periodNumber));
    }

    public SatisfactionLevel getLevel() {
        return level;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
