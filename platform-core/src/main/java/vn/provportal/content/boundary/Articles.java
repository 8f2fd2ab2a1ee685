package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.persistence.TenantScoped;

/** The articles of the current province: what citizens read and what the newsroom lists. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Articles {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** A published article with its images, or empty for an unknown, unpublished or malformed slug. */
    public Optional<Article> findPublished(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return withImages(em.createNamedQuery(Article.PUBLISHED_BY_SLUG, Article.class))
                .setParameter("slug", slug)
                .setParameter("now", Instant.now())
                .getResultStream()
                .findFirst();
    }

    public List<Article> latestPublished(int max) {
        return em.createNamedQuery(Article.LATEST_PUBLISHED, Article.class)
                .setParameter("now", Instant.now())
                .setMaxResults(max)
                .getResultList();
    }

    public List<Article> newestFirst(int max) {
        return em.createNamedQuery(Article.ALL_NEWEST_FIRST, Article.class).setMaxResults(max).getResultList();
    }

    public Article save(Article article) {
        em.persist(article);
        em.flush();
        return article;
    }

    public Category save(Category category) {
        em.persist(category);
        em.flush();
        return category;
    }

    private static TypedQuery<Article> withImages(TypedQuery<Article> query) {
        return query.setHint(QueryHints.BATCH, "a.images");
    }
}
