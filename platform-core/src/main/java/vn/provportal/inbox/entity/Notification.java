package vn.provportal.inbox.entity;

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

/** One line of a user's notifications: to one user, or to everyone of a role in the province. */
@Entity
@Table(name = "notification")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Notification.FOR, query = "SELECT n FROM Notification n WHERE (n.recipient = :user "
        + "OR n.recipientRole IN :roles) AND n.actor <> :user ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT_SINCE, query = "SELECT COUNT(n) FROM Notification n WHERE (n.recipient = :user "
        + "OR n.recipientRole IN :roles) AND n.actor <> :user AND n.createdAt > :since")
public class Notification {

    public static final String FOR = "Notification.for";
    public static final String COUNT_SINCE = "Notification.countSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 100, updatable = false)
    private String recipient;

    @Column(name = "recipient_role", length = 40, updatable = false)
    private String recipientRole;

    @Column(name = "article_id", updatable = false)
    private Long articleId;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = 1000, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    private Notification(String recipient, String recipientRole, Long articleId, String actor, String text, Instant now) {
        this.recipient = recipient;
        this.recipientRole = recipientRole;
        this.articleId = articleId;
        this.actor = actor;
        this.text = text.length() <= 1000 ? text : text.substring(0, 999) + "…";
        this.createdAt = now;
    }

    public static Notification toUser(String user, Long articleId, String actor, String text, Instant now) {
        return new Notification(user, null, articleId, actor, text, now);
    }

    public static Notification toRole(String role, Long articleId, String actor, String text, Instant now) {
        return new Notification(null, role, articleId, actor, text, now);
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getActor() {
        return actor;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
