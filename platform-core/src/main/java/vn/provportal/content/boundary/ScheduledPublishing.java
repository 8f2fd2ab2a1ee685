package vn.provportal.content.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.provportal.content.control.ScheduledRelease;
import vn.provportal.platform.Activity;

/**
 * Every node looks for due scheduled articles every 20 seconds; the database decides which node releases
 * which article ({@link ScheduledRelease}), so each goes online exactly once even when a node dies.
 */
@Singleton
public class ScheduledPublishing {

    static final int BATCH = 100;

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    public void releaseDue() {
        List<ScheduledRelease.Released> released = ScheduledRelease.releaseDue(em, Instant.now(), BATCH);
        released.forEach(r -> activities.fire(new Activity("article.released",
                "Bài #" + r.id() + " của " + r.tenant() + " lên trang theo lịch")));
        ScheduledRelease.takeDownExpired(em, Instant.now(), BATCH).forEach(r -> activities.fire(new Activity(
                "article.expired", "Bài #" + r.id() + " của " + r.tenant() + " được gỡ theo lịch")));
    }
}
