package vn.provportal.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.provportal.comment.control.CommentRateLimit;
import vn.provportal.comment.entity.Comment;
import vn.provportal.comment.entity.CommentStatus;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Article;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantScoped;

/** Comments of the current province: posted by citizens, shown once a moderator approved them. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Comments {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    CommentRateLimit rateLimit;

    @Inject
    jakarta.enterprise.event.Event<vn.provportal.platform.Activity> activities;

    @Inject
    vn.provportal.tenant.boundary.CurrentTenant currentTenant;

    /**
     * Holds a citizen's comment for moderation; refuses bad input and clients over the rate limit. A text this
     * province received in the last day already is held among spam (the citizen is told the same as always).
     */
    public Comment post(String articleSlug, String name, String email, String body, String clientHash) {
        Instant now = Instant.now();
        // Counted per province: each province's portal limits its own commenters.
        String client = currentTenant.get().getCode().value() + "|" + clientHash;
        if (!rateLimit.retryAfter(client, now).isZero()) {
            // refused before anything is read: a sender past the limit costs no query (security issue #12 item 10)
            throw tooMany(client, now);
        }
        Article article = articles.findPublished(articleSlug).orElseThrow(() ->
                InvalidInput.of("comment.no-such-article"));
        Comment comment = new Comment(article, name, email, body, clientHash, now);
        if (!rateLimit.tryAcquire(client, now)) {
            throw tooMany(client, now);
        }
        if (!comment.mayRepeatOthers() && em.createNamedQuery(Comment.COUNT_SAME_SINCE, Long.class)
                .setParameter("since", now.minus(java.time.Duration.ofDays(1))).setParameter("body", comment.getBody())
                .getSingleResult() > 0) {
            comment.holdAsDuplicate(now);
        }
        em.persist(comment);
        return comment;
    }

    private vn.provportal.platform.RateLimited tooMany(String client, Instant now) {
        return new vn.provportal.platform.RateLimited(rateLimit.retryAfter(client, now), "comment.too-many");
    }

    public List<Comment> approvedFor(Article article) {
        return em.createNamedQuery(Comment.APPROVED_FOR, Comment.class).setParameter("article", article)
                .getResultList();
    }

    public List<Comment> withStatus(CommentStatus status, int max) {
        return em.createNamedQuery(Comment.WITH_STATUS, Comment.class).setParameter("status", status)
                .setMaxResults(max).getResultList();
    }

    /** A moderator's decision; an id of another province is simply not found. */
    /** One decision for several comments, all or none: an id this province does not have refuses the lot. */
    /** Comments of a status whose text, author or article title contains {@code words} (any case). */
    public List<Comment> withStatusMatching(CommentStatus status, String words, int max) {
        String like = vn.provportal.platform.Containing.pattern(words);
        return em.createNamedQuery(Comment.MATCHING, Comment.class).setParameter("status", status)
                .setParameter("words", like).setMaxResults(max).getResultList();
    }

    public long count(CommentStatus status) {
        return em.createNamedQuery(Comment.COUNT_WITH_STATUS, Long.class).setParameter("status", status).getSingleResult();
    }

    public int moderateAll(java.util.Collection<Long> ids, CommentStatus decision, String moderator) {
        if (ids.isEmpty()) {
            throw InvalidInput.of("comment.no-comment-selected");
        }
        ids.forEach(id -> moderate(id, decision, moderator));
        return ids.size();
    }

    public Comment moderate(long id, CommentStatus decision, String moderator) {
        Comment comment = em.find(Comment.class, id);
        if (comment == null) {
            throw InvalidInput.of("comment.no-such-comment");
        }
        comment.moderate(decision, moderator, Instant.now());
        activities.fire(new vn.provportal.platform.Activity("comment." + decision.name().toLowerCase(),
                "Bình luận #" + id + " của " + comment.getAuthorName() + " trên bài \"" + comment.getArticle().getTitle() + "\""));
        return comment;
    }
}
