package vn.provportal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change. Platform-wide and append-only. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "tenant_code", length = 40, updatable = false)
    private String tenantCode;

    @Column(nullable = false, length = 200, updatable = false)
    private String actor;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String tenantCode, String actor, String clientAddress, String action,
            String detail) {
        this.occurredAt = occurredAt;
        this.tenantCode = tenantCode;
        this.actor = actor;
        this.clientAddress = clientAddress;
        this.action = action;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
