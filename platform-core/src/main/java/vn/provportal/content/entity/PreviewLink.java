package vn.provportal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A link that shows a not-yet-published article to someone without an account (a leader asked to approve
 * it) until it expires or is revoked. Only the SHA-256 of its token is stored; the token itself is shown
 * once, when the link is made.
 */
@Entity
@Table(name = "preview_link")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = PreviewLink.BY_HASH, query = "SELECT l FROM PreviewLink l WHERE l.tokenHash = :hash")
@NamedQuery(name = PreviewLink.OF_ARTICLE, query = "SELECT l FROM PreviewLink l WHERE l.articleId = :article "
        + "ORDER BY l.createdAt DESC")
public class PreviewLink {

    public static final String BY_HASH = "PreviewLink.byHash";
    public static final String OF_ARTICLE = "PreviewLink.ofArticle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PreviewLink() {
    }

    public PreviewLink(long articleId, String tokenHash, String createdBy, Instant now, Instant expiresAt) {
        this.articleId = articleId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isOpenAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isOpen() {
        return isOpenAt(Instant.now());
    }
}
