package vn.provportal.syndication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;

/** An urgent notice of the ministry, on every portal from its creation until it is withdrawn. */
@Entity
@Table(name = "platform_notice")
@org.eclipse.persistence.annotations.Cache(alwaysRefresh = true)
@NamedQuery(name = Notice.ACTIVE, query = "SELECT n FROM Notice n WHERE n.withdrawnAt IS NULL ORDER BY n.createdAt DESC")
@NamedQuery(name = Notice.RECENT, query = "SELECT n FROM Notice n ORDER BY n.createdAt DESC")
public class Notice {

    public static final String ACTIVE = "Notice.active";
    public static final String RECENT = "Notice.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(length = 1000)
    private String link;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    protected Notice() {
    }

    public Notice(String message, String link, String createdBy, Instant now) {
        String clean = Nfc.normalize(message);
        if (clean == null || clean.isBlank() || clean.length() > 500) {
            throw InvalidInput.of("syndication.notice-needs-1-500");
        }
        String cleanLink = link == null || link.isBlank() ? null : link.strip();
        if (cleanLink != null && !cleanLink.startsWith("https://") && !cleanLink.startsWith("http://")) {
            throw InvalidInput.of("syndication.invalid-link");
        }
        this.message = clean.strip();
        this.link = cleanLink;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void withdraw(String user, Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
            withdrawnBy = user;
        }
    }

    public Long getId() {
        return id;
    }

    public String getMessage() {
        return message;
    }

    public String getLink() {
        return link;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }
}
