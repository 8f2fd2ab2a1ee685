package vn.provportal.syndication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.syndication.entity.Notice;

/** The urgent notice every portal shows at its top: broadcast and withdrawn by the ministry, at once. */
@ApplicationScoped
@Transactional
public class Notices {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public Optional<Notice> current() {
        return em.createNamedQuery(Notice.ACTIVE, Notice.class).setMaxResults(1).getResultStream().findFirst();
    }

    public List<Notice> recent(int max) {
        return em.createNamedQuery(Notice.RECENT, Notice.class).setMaxResults(max).getResultList();
    }

    public Notice broadcast(String message, String link, String user) {
        Notice notice = new Notice(message, link, user, Instant.now());
        em.persist(notice);
        activities.fire(new Activity("notice.broadcast", notice.getMessage()));
        return notice;
    }

    public void withdraw(long id, String user) {
        Notice notice = Optional.ofNullable(em.find(Notice.class, id))
                .orElseThrow(() -> InvalidInput.of("syndication.no-such-notice"));
        notice.withdraw(user, Instant.now());
        activities.fire(new Activity("notice.withdrawn", notice.getMessage()));
    }
}
