package vn.provportal.inbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.boundary.ArticleMoved;
import vn.provportal.inbox.entity.InboxSeen;
import vn.provportal.inbox.entity.Notification;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * The current province's notifications: written as articles move (in their transaction), read by each user with
 * their roles, unread until the user opens the list. Nobody is notified of their own action.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Inbox {

    /** The role that reviews submitted articles, as the back office names it. */
    public static final String PUBLISHERS = "publisher";

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Notified> notified;

    public void onMoved(@Observes ArticleMoved moved) {
        String title = "«" + moved.title() + "»";
        String reason = moved.comment() == null || moved.comment().isBlank() ? "" : ": " + moved.comment();
        Instant now = Instant.now();
        if ("article.submitted".equals(moved.action())) {
            String text = moved.actor() + " gửi duyệt bài " + title;
            em.persist(Notification.toRole(PUBLISHERS, moved.articleId(), moved.actor(), text, now));
            notified.fire(new Notified(null, PUBLISHERS, moved.articleId(), text));
            return;
        }
        String done = switch (moved.action()) {
            case "article.approved" -> "đã duyệt bài " + title + " của bạn";
            case "article.returned" -> "đã trả lại bài " + title + " để bạn sửa" + reason;
            case "article.rejected" -> "đã từ chối bài " + title + reason;
            case "article.force-published" -> "đã xuất bản khẩn bài " + title + reason;
            case "article.withdrawn" -> "đã rút bài " + title + reason;
            case "article.unpublished" -> "đã gỡ bài " + title + reason;
            default -> null;
        };
        if (done != null && moved.writer() != null && !moved.writer().equals(moved.actor())) {
            String text = moved.actor() + " " + done;
            em.persist(Notification.toUser(moved.writer(), moved.articleId(), moved.actor(), text, now));
            notified.fire(new Notified(moved.writer(), null, moved.articleId(), text));
        }
    }

    /** The user's notifications, newest first: to them, or to a role they have. */
    public List<Notification> of(String user, Collection<String> roles, int max) {
        return em.createNamedQuery(Notification.FOR, Notification.class).setParameter("user", user)
                .setParameter("roles", roles.isEmpty() ? List.of("-") : roles).setMaxResults(max).getResultList();
    }

    /** How many arrived since the user last opened the list. */
    public long unread(String user, Collection<String> roles) {
        Instant since = seen(user).map(InboxSeen::getSeenAt).orElse(Instant.EPOCH);
        return em.createNamedQuery(Notification.COUNT_SINCE, Long.class).setParameter("user", user)
                .setParameter("roles", roles.isEmpty() ? List.of("-") : roles).setParameter("since", since).getSingleResult();
    }

    /** The user opened the list: everything up to now is read. */
    public void opened(String user, Instant now) {
        seen(user).ifPresentOrElse(s -> s.seen(now), () -> em.persist(new InboxSeen(user, now)));
    }

    private Optional<InboxSeen> seen(String user) {
        return em.createNamedQuery(InboxSeen.OF, InboxSeen.class).setParameter("user", user).getResultStream().findFirst();
    }
}
