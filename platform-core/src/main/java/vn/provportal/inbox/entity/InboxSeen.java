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

/** When a user last opened their notifications: what came after is unread. */
@Entity
@Table(name = "notification_seen")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = InboxSeen.OF, query = "SELECT s FROM InboxSeen s WHERE s.userName = :user")
public class InboxSeen {

    public static final String OF = "InboxSeen.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_name", nullable = false, length = 100, updatable = false)
    private String userName;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected InboxSeen() {
    }

    public InboxSeen(String userName, Instant now) {
        this.userName = userName;
        this.seenAt = now;
    }

    public void seen(Instant now) {
        seenAt = now;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
