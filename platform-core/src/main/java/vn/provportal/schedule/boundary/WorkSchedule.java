package vn.provportal.schedule.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.schedule.entity.ScheduleEntry;
import vn.provportal.schedule.entity.Week;

/** The current province's work schedule: read a week at a time, each engagement added, changed or removed. */
@ApplicationScoped
@Transactional
@TenantScoped
public class WorkSchedule {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    /** The week's engagements by day and time (all-day ones first). */
    public List<ScheduleEntry> week(Week week) {
        return em.createNamedQuery(ScheduleEntry.BETWEEN, ScheduleEntry.class).setParameter("from", week.monday())
                .setParameter("to", week.sunday()).getResultList();
    }

    public Optional<ScheduleEntry> find(long id) {
        return Optional.ofNullable(em.find(ScheduleEntry.class, id));
    }

    /** Adds ({@code id} null) or changes an engagement of this province. */
    public ScheduleEntry save(Long id, LocalDate day, LocalTime startsAt, String leader, String content, String place,
            String attendees, String user) {
        Instant now = Instant.now();
        ScheduleEntry entry;
        if (id == null) {
            entry = new ScheduleEntry(day, startsAt, leader, content, place, attendees, user, now);
            em.persist(entry);
        } else {
            entry = get(id);
            entry.change(day, startsAt, leader, content, place, attendees, user, now);
        }
        activities.fire(new Activity(id == null ? "schedule.created" : "schedule.updated",
                VietnamTime.date(day) + ": " + entry.getContent()));
        return entry;
    }

    public void remove(long id) {
        ScheduleEntry entry = get(id);
        em.remove(entry);
        activities.fire(new Activity("schedule.deleted", VietnamTime.date(entry.getDay()) + ": " + entry.getContent()));
    }

    private ScheduleEntry get(long id) {
        return find(id).orElseThrow(() -> InvalidInput.of("schedule.no-such-engagement"));
    }
}
