package vn.provportal.question.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.RateLimited;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.question.control.QuestionRateLimit;
import vn.provportal.question.entity.Question;
import vn.provportal.question.entity.QuestionStatus;

/**
 * A province's questions and answers: citizens ask (limited per client like comments) and follow their question by
 * its tracking code; the newsroom assigns, answers, publishes or rejects; the portal lists and searches what is
 * published. Only a publication changes what citizens' pages show.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Questions {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    QuestionRateLimit rateLimit;

    @Inject
    Event<Activity> activities;

    /** {@code client} is the province and the salted hash of the asker's address; nothing is read past the limit. */
    public Question ask(String name, String contact, String title, String body, boolean consent, String client,
            String clientHash, Instant now) {
        if (!rateLimit.retryAfter(client, now).isZero()) {
            throw new RateLimited(rateLimit.retryAfter(client, now), "question.too-many");
        }
        Question question = new Question(name, contact, title, body, consent, clientHash, now);
        if (!rateLimit.tryAcquire(client, now)) {
            throw new RateLimited(rateLimit.retryAfter(client, now), "question.too-many");
        }
        em.persist(question);
        em.flush();
        // by number only: what a citizen typed may name people, and the audit log keeps entries for years
        activities.fire(Activity.backOffice("question.asked", "#" + question.getId()));
        return question;
    }

    /** The asker's question by the code they were given, typed in any case, with spaces around. */
    public Optional<Question> track(String code) {
        String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!typed.matches("[0-9A-Z]{10}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Question.BY_CODE, Question.class).setParameter("code", typed).getResultStream().findFirst();
    }

    /** Published questions, newest first; {@code words} (optional) searched in the title, question and answer. */
    public List<Question> published(String words, int first, int max) {
        boolean all = words == null || words.isBlank();
        var query = em.createNamedQuery(all ? Question.PUBLISHED : Question.PUBLISHED_MATCHING, Question.class);
        if (!all) {
            query.setParameter("words", "%" + words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public Optional<Question> findPublished(long id) {
        return Optional.ofNullable(em.find(Question.class, id)).filter(q -> q.getStatus() == QuestionStatus.PUBLISHED);
    }

    /** The newsroom's list, oldest first. */
    public List<Question> withStatus(Set<QuestionStatus> statuses) {
        return em.createNamedQuery(Question.WITH_STATUS, Question.class).setParameter("statuses", statuses)
                .setMaxResults(500).getResultList();
    }

    public Question get(long id) {
        return Optional.ofNullable(em.find(Question.class, id)).orElseThrow(() -> InvalidInput.of("question.not-found"));
    }

    public Question assign(long id, String department) {
        return change(id, q -> q.assign(department), "question.assigned", false);
    }

    public Question answer(long id, String answer, String publicQuestion, String editor) {
        return change(id, q -> q.answer(answer, publicQuestion, editor, Instant.now()), "question.answered", false);
    }

    public Question publish(long id, String publisher) {
        return change(id, q -> q.publish(publisher, Instant.now()), "question.published", true);
    }

    public Question reject(long id, String reason, String by) {
        return change(id, q -> q.reject(reason, by, Instant.now()), "question.rejected", false);
    }

    private Question change(long id, Consumer<Question> step, String action, boolean showsOnPages) {
        Question question = get(id);
        step.accept(question);
        activities.fire(new Activity(action, "#" + id, showsOnPages));
        return question;
    }
}
