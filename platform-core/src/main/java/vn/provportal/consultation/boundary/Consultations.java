package vn.provportal.consultation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.provportal.consultation.control.OpinionRateLimit;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.consultation.entity.ConsultationStatus;
import vn.provportal.consultation.entity.Opinion;
import vn.provportal.consultation.entity.OpinionStatus;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.RateLimited;
import vn.provportal.platform.VietnamTime;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * A province's draft consultations ("Góp ý dự thảo"): the back office puts a draft up for opinions between two days,
 * publishes or declines the opinions received, and once it has closed publishes the summary; citizens give opinions
 * while it is open (limited per client like questions). Only what shows on citizens' pages renews them.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Consultations {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    OpinionRateLimit rateLimit;

    @Inject
    Event<Activity> activities;

    public Consultation create(String title, String agency, String summary, LocalDate opensOn, LocalDate closesOn, String by) {
        Consultation consultation = new Consultation(title, agency, summary, opensOn, closesOn, by, Instant.now());
        consultation.setSlug(SlugGenerator.firstFree(SlugGenerator.slugOf(consultation.getTitle(), "du-thao"),
                slug -> bySlug(slug).isPresent()).value());
        em.persist(consultation);
        em.flush();
        activities.fire(new Activity("consultation.created", "#" + consultation.getId(), true));
        return consultation;
    }

    public Consultation update(long id, String title, String agency, String summary, LocalDate opensOn, LocalDate closesOn) {
        Consultation consultation = get(id);
        consultation.describe(title, agency, summary, opensOn, closesOn, Instant.now());
        activities.fire(new Activity("consultation.updated", "#" + id, true));
        return consultation;
    }

    /** The draft as a file checked by its content (PDF, DOC, DOCX; no macros, scripts or passwords). */
    public Consultation attachDraft(long id, String fileName, byte[] bytes) {
        Consultation consultation = get(id);
        AttachmentCheck.Checked checked = AttachmentCheck.check(fileName, bytes);
        consultation.attachDraft(checked.fileName(), checked.contentType(), bytes, Instant.now());
        activities.fire(new Activity("consultation.draft-attached", "#" + id, true));
        return consultation;
    }

    /** A citizen's opinion while the consultation is open; {@code client} is the province and the client's hash. */
    public Opinion give(long consultationId, String name, String organisation, String body, boolean consent, String client,
            Instant now) {
        Consultation consultation = Optional.ofNullable(em.find(Consultation.class, consultationId))
                .orElseThrow(() -> InvalidInput.of("consultation.not-found"));
        ConsultationStatus status = consultation.status(VietnamTime.today());
        if (status != ConsultationStatus.OPEN) {
            throw status == ConsultationStatus.UPCOMING
                    ? InvalidInput.of("consultation.not-open", VietnamTime.date(consultation.getOpensOn()))
                    : InvalidInput.of("consultation.closed", VietnamTime.date(consultation.getClosesOn()));
        }
        Opinion opinion = new Opinion(consultationId, name, organisation, body, consent, now);
        if (!rateLimit.tryAcquire(client, now)) {
            throw new RateLimited(rateLimit.retryAfter(client, now), "consultation.too-many");
        }
        em.persist(opinion);
        em.flush();
        activities.fire(Activity.backOffice("consultation.opinion-received", "#" + consultationId));
        return opinion;
    }

    public Opinion moderate(long opinionId, boolean publish, String by) {
        Opinion opinion = Optional.ofNullable(em.find(Opinion.class, opinionId))
                .orElseThrow(() -> InvalidInput.of("consultation.not-found"));
        opinion.moderate(publish, by, Instant.now());
        activities.fire(new Activity(publish ? "consultation.opinion-published" : "consultation.opinion-rejected",
                "#" + opinion.getConsultationId(), publish));
        return opinion;
    }

    public Consultation publishResult(long id, String result) {
        Consultation consultation = get(id);
        consultation.publishResult(result, VietnamTime.today(), Instant.now());
        activities.fire(new Activity("consultation.result-published", "#" + id, true));
        return consultation;
    }

    public Consultation get(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id)).orElseThrow(() -> InvalidInput.of("consultation.not-found"));
    }

    public Optional<Consultation> bySlug(String slug) {
        return em.createNamedQuery(Consultation.BY_SLUG, Consultation.class).setParameter("slug", slug).getResultStream()
                .findFirst();
    }

    /** Every consultation, the latest closing first. */
    public List<Consultation> all() {
        return em.createNamedQuery(Consultation.ALL, Consultation.class).setMaxResults(500).getResultList();
    }

    public List<Opinion> opinions(long consultationId, Set<OpinionStatus> statuses) {
        return em.createNamedQuery(Opinion.OF, Opinion.class).setParameter("consultation", consultationId)
                .setParameter("statuses", statuses).setMaxResults(2000).getResultList();
    }

    /** Opinions received and not declined. */
    public long count(long consultationId) {
        return em.createNamedQuery(Opinion.COUNT, Long.class).setParameter("consultation", consultationId).getSingleResult();
    }
}
