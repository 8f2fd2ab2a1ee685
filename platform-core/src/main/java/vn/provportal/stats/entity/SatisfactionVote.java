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

/** That a client voted in a month, and how; the client is only a salted hash of its address. */
@Entity
@Table(name = "satisfaction_vote")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = SatisfactionVote.COUNT_FOR_CLIENT, query = "SELECT COUNT(v) FROM SatisfactionVote v "
        + "WHERE v.periodYear = :year AND v.periodNumber = :number AND v.clientHash = :client")
public class SatisfactionVote {

    public static final String COUNT_FOR_CLIENT = "SatisfactionVote.countForClient";

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

    protected SatisfactionVote() {
    }

    public SatisfactionVote(Period month, String clientHash, SatisfactionLevel level, Instant now) {
        this.periodYear = month.year();
        this.periodNumber = month.number();
        this.clientHash = clientHash;
        this.level = level;
        this.createdAt = now;
    }
}
