package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.provportal.content.entity.Article;
import vn.provportal.platform.VietnamTime;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * The newsroom's list of the current province's articles, one page at a time: filtered by {@link ArticleFilter},
 * sorted by a column the list offers, counted for the paginator. Built with the Criteria API so the tenant
 * discriminator applies as to every other query.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Worklist {

    /** The columns the list sorts by, by the names the screen uses. */
    private static final Map<String, String> SORTABLE = Map.of("title", "title", "status", "status", "author", "author",
            "updatedAt", "updatedAt", "publishedAt", "publishedAt", "viewCount", "viewCount");

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public List<Article> page(ArticleFilter filter, int first, int size, String sortBy, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Article> query = cb.createQuery(Article.class);
        Root<Article> article = query.from(Article.class);
        query.where(matching(cb, article, filter));
        Path<Object> column = article.get(SORTABLE.getOrDefault(sortBy, "updatedAt"));
        query.orderBy(ascending ? cb.asc(column) : cb.desc(column), cb.desc(article.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(size, 1), 200))
                .getResultList();
    }

    public long count(ArticleFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Article> article = query.from(Article.class);
        query.select(cb.count(article)).where(matching(cb, article, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Article> article, ArticleFilter f) {
        List<Predicate> where = new ArrayList<>();
        if (f.status() != null) {
            where.add(cb.equal(article.get("status"), f.status()));
        }
        if (f.categoryId() != null) {
            where.add(cb.equal(article.get("category").get("id"), f.categoryId()));
        }
        if (f.title() != null && !f.title().isBlank()) {
            where.add(cb.like(cb.lower(article.get("title")), vn.provportal.platform.Containing.pattern(f.title()), '\\'));
        }
        if (f.author() != null && !f.author().isBlank()) {
            where.add(cb.like(cb.lower(article.get("author")), vn.provportal.platform.Containing.pattern(f.author()), '\\'));
        }
        if (f.writtenBy() != null) {
            where.add(cb.equal(article.get("createdBy"), f.writtenBy()));
        }
        where.add(f.trashed() ? cb.isNotNull(article.get("trashedAt")) : cb.isNull(article.get("trashedAt")));
        if (f.returned()) {
            where.add(cb.isNotNull(article.get("reviewComment")));
        }
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(article.<Instant>get("updatedAt"), VietnamTime.startOf(f.from())));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(article.<Instant>get("updatedAt"), VietnamTime.startOf(f.to().plusDays(1))));
        }
        return where.toArray(Predicate[]::new);
    }
}
