package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleAutosave;
import vn.provportal.platform.Activity;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * What the newsroom keeps only for a while (#13, #15 personal data): text an editor typed and never saved — kept by
 * the desk so nothing is lost — goes {@code keepTyped} after it was last touched; an article in the trash goes
 * {@code keepTrash} after it was put there, with its images, revisions and preview links (the database cascades),
 * each one audited. Run per province by {@link RetentionJob}.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Retention {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public record Purged(int typed, int trashed) {
    }

    public Purged purge(Instant now, Duration keepTyped, Duration keepTrash) {
        List<ArticleAutosave> typed = em.createNamedQuery(ArticleAutosave.UNTOUCHED_SINCE, ArticleAutosave.class)
                .setParameter("before", now.minus(keepTyped)).getResultList();
        typed.forEach(em::remove);
        List<Article> trashed = em.createNamedQuery(Article.TRASHED_BEFORE, Article.class)
                .setParameter("before", now.minus(keepTrash)).setMaxResults(500).getResultList();
        for (Article article : trashed) {
            em.createNamedQuery(ArticleAutosave.OF_ARTICLE, ArticleAutosave.class).setParameter("article", article.getId())
                    .getResultList().forEach(em::remove);
            em.remove(article);
            activities.fire(new Activity("article.purged", "«" + article.getTitle() + "» (#" + article.getId()
                    + "), trong thùng rác từ " + vn.provportal.platform.VietnamTime.dateTime(article.getTrashedAt())));
        }
        return new Purged(typed.size(), trashed.size());
    }
}
