package vn.provportal.content.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleRevision;

/** Appends the revision a save leaves, and finds the one an editor had loaded. */
public final class RevisionLog {

    private RevisionLog() {
    }

    /** Flushes (so the article has its new version) and records the saved text as the next revision. */
    public static ArticleRevision record(EntityManager em, Article article, String user, String note) {
        em.flush();
        int next = em.createNamedQuery(ArticleRevision.OF_ARTICLE, ArticleRevision.class)
                .setParameter("article", article.getId()).setMaxResults(1).getResultStream()
                .findFirst().map(r -> r.getNumber() + 1).orElse(1);
        ArticleRevision revision = new ArticleRevision(article, next, user, note, Instant.now());
        em.persist(revision);
        return revision;
    }

    /** The text as it was at {@code version}: the last revision saved at or before it. */
    public static Optional<ArticleRevision> asOf(EntityManager em, long articleId, long version) {
        return em.createNamedQuery(ArticleRevision.AT_VERSION, ArticleRevision.class)
                .setParameter("article", articleId).setParameter("version", version).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public static RevisionDiff.Text text(ArticleRevision r) {
        return new RevisionDiff.Text(r.getTitle(), r.getLead(), r.getBodyHtml(), r.getAuthor(), r.getTags(), r.getSource());
    }

    public static RevisionDiff.Text text(Article a) {
        return new RevisionDiff.Text(a.getTitle(), a.getLead(), a.getBodyHtml(), a.getAuthor(), a.getTags(), a.getSource());
    }
}
