package vn.provportal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.provportal.content.control.ScheduledRelease;
import vn.provportal.platform.Activity;

/**
 * Every node looks for due scheduled articles every 20 seconds; the database decides which node releases
 * which article ({@link ScheduledRelease}), so each goes online exactly once even when a node dies. Repeated by the
 * managed scheduler, each look in its own transaction: an EJB timer is expunged after two failed deliveries, and
 * a database outage of ten seconds stopped scheduled publishing on the node until it was restarted (#15).
 */
@Singleton
@Startup
public class ScheduledPublishing {

    static final int BATCH = 100;
    static final long EVERY_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    SessionContext context;

    private ScheduledFuture<?> repeating;

    @PostConstruct
    void start() {
        ScheduledPublishing self = context.getBusinessObject(ScheduledPublishing.class);
        repeating = scheduler.scheduleWithFixedDelay(() -> {
            try {
                self.releaseDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "scheduled publishing will look again in " + EVERY_SECONDS + " s", e);
            }
        }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        repeating.cancel(false);
    }

    /** One look, in its own transaction (the container's, through the business object). */
    public void releaseDue() {
        List<ScheduledRelease.Released> released = ScheduledRelease.releaseDue(em, Instant.now(), BATCH);
        released.forEach(r -> activities.fire(new Activity("article.released",
                "Bài #" + r.id() + " của " + r.tenant() + " lên trang theo lịch")));
        ScheduledRelease.takeDownExpired(em, Instant.now(), BATCH).forEach(r -> activities.fire(new Activity(
                "article.expired", "Bài #" + r.id() + " của " + r.tenant() + " được gỡ theo lịch")));
    }
}
