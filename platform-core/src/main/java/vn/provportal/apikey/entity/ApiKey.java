package vn.provportal.apikey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One province's key, known to ProvPortal only by its hash and first characters. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "SELECT k FROM ApiKey k WHERE k.keySha256 = :hash")
@NamedQuery(name = ApiKey.OF_TENANT, query = "SELECT k FROM ApiKey k WHERE k.tenantCode = :tenant ORDER BY k.createdAt DESC")
public class ApiKey {

    public static final String BY_HASH = "ApiKey.byHash";
    public static final String OF_TENANT = "ApiKey.ofTenant";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_code", nullable = false, length = 40, updatable = false)
    private String tenantCode;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "key_prefix", nullable = false, length = 12, updatable = false)
    private String keyPrefix;

    @Column(name = "key_sha256", nullable = false, length = 64, updatable = false)
    private String keySha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(String tenantCode, String label, String keyPrefix, String keySha256, Instant now) {
        this.tenantCode = tenantCode;
        this.label = label;
        this.keyPrefix = keyPrefix;
        this.keySha256 = keySha256;
        this.createdAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public String getLabel() {
        return label;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
