package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.control.RevisionDiff;
import vn.provportal.content.control.RevisionLog;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleRevision;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantScoped;

/** The saved versions of the current province's articles: listed, compared side by side, restored. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Revisions {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public List<ArticleRevision> of(long articleId) {
        return em.createNamedQuery(ArticleRevision.OF_ARTICLE, ArticleRevision.class)
                .setParameter("article", articleId).getResultList();
    }

    public Optional<ArticleRevision> find(long articleId, int number) {
        return em.createNamedQuery(ArticleRevision.NUMBERED, ArticleRevision.class)
                .setParameter("article", articleId).setParameter("number", number).getResultStream().findFirst();
    }

    /** Revision {@code left} beside revision {@code right} of one article. */
    public List<RevisionDiff.Line> compare(long articleId, int left, int right) {
        return RevisionDiff.compare(RevisionLog.text(get(articleId, left)), RevisionLog.text(get(articleId, right)));
    }

    /**
     * Writes revision {@code number}'s text back into the draft as a new save (so the restore itself can be
     * undone), under the same optimistic lock as any edit.
     */
    public Article restore(long articleId, int number, long loadedVersion, String user) {
        Article article = Optional.ofNullable(em.find(Article.class, articleId))
                .orElseThrow(() -> InvalidInput.of("content.no-such-article"));
        if (article.getVersion() != loadedVersion) {
            throw InvalidInput.of("content.someone-saved-meanwhile-reload", article.getUpdatedBy());
        }
        ArticleRevision old = get(articleId, number);
        article.edit(old.getTitle(), old.getLead(), old.getBodyHtml(), old.getAuthor(), article.getCategory(), Instant.now());
        article.describe(old.getTags(), old.getSource());
        article.savedBy(user);
        RevisionLog.record(em, article, user, "Khôi phục bản " + number);
        activities.fire(new Activity("article.restored", "Bài #" + articleId + " về bản " + number));
        return article;
    }

    private ArticleRevision get(long articleId, int number) {
        return find(articleId, number).orElseThrow(() -> InvalidInput.of("content.no-revision", number));
    }
}
