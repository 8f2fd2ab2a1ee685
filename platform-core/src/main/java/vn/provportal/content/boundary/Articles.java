package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.Slice;
import vn.provportal.platform.persistence.TenantScoped;

/** The articles of the current province: what citizens read and what the newsroom lists. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Articles {

    /**
     * From this many articles in, a category page first finds its ten ids and then reads those ten articles: with
     * OFFSET 1990 MariaDB built 2,000 listed rows to throw 1,990 away (20 ms for the query alone at 6,000 articles
     * per province), where skipping 1,990 ids through the category's index takes 4 ms. Shallower pages keep one query.
     */
    static final int DEEP_PAGE = 100;

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

    /**
     * The published article a slug names, as far as a page whose article parts are kept needs it: its id and stored
     * view count, one row by its unique slug without body or images (the article itself is read only when a part of
     * its page is rendered rather than kept).
     */
    public Optional<Shown> shown(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Article.SHOWN_BY_SLUG, Shown.class).setParameter("slug", slug)
                .setParameter("now", Instant.now()).getResultStream().findFirst();
    }

    public List<Article> latestPublished(int max) {
        return listed(em.createNamedQuery(Article.LATEST_PUBLISHED, Article.class))
                .setParameter("now", Instant.now())
                .setMaxResults(max)
                .getResultList();
    }

    public List<Article> featured(int max) {
        return listed(em.createNamedQuery(Article.FEATURED, Article.class))
                .setParameter("now", Instant.now()).setMaxResults(max).getResultList();
    }

    public List<Article> mostViewed(int max) {
        return listed(em.createNamedQuery(Article.MOST_VIEWED, Article.class))
                .setParameter("now", Instant.now()).setMaxResults(max).getResultList();
    }

    /** Published articles of a category, newest first, one page of {@code size}. */
    public Slice<Article> inCategory(Category category, int page, int size) {
        Instant now = Instant.now();
        long total = em.createNamedQuery(Article.COUNT_IN_CATEGORY, Long.class)
                .setParameter("category", category).setParameter("now", now).getSingleResult();
        Slice<Article> empty = new Slice<>(List.of(), Slice.clampPage(page), size, total);
        if (empty.firstResult() < DEEP_PAGE) {
            List<Article> items = listed(em.createNamedQuery(Article.PUBLISHED_IN_CATEGORY, Article.class))
                    .setParameter("category", category).setParameter("now", now)
                    .setFirstResult(empty.firstResult()).setMaxResults(size).getResultList();
            return new Slice<>(items, empty.page(), size, total);
        }
        List<Long> order = em.createNamedQuery(Article.IDS_IN_CATEGORY, Long.class)
                .setParameter("category", category).setParameter("now", now)
                .setFirstResult(empty.firstResult()).setMaxResults(size).getResultList();
        return new Slice<>(byIds(order), empty.page(), size, total);
    }

    /** Articles as lists show them, in the order of {@code ids}. */
    private List<Article> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inOrderOf(ids, listed(em.createNamedQuery(Article.BY_IDS, Article.class)).setParameter("ids", ids)
                .getResultList());
    }

    /** {@code articles} in the order of {@code ids} (a query by ids returns them in the database's order). */
    static List<Article> inOrderOf(List<Long> ids, List<Article> articles) {
        return articles.stream().sorted(Comparator.comparingInt(a -> ids.indexOf(a.getId()))).toList();
    }

    /** Other published articles of the same category, newest first, as links. */
    public List<Headline> relatedTo(Article article, int max) {
        if (article.getCategory() == null) {
            return List.of();
        }
        return em.createNamedQuery(Article.HEADLINES_IN_CATEGORY, Headline.class)
                .setParameter("category", article.getCategory()).setParameter("except", article.getId())
                .setParameter("now", Instant.now()).setMaxResults(max).getResultList();
    }

    public Optional<Category> findCategory(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Category.BY_SLUG, Category.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** What the ministry pushed to this province, for the home page's locked box. */
    public List<Article> syndicated(int max) {
        return listed(em.createNamedQuery(Article.SYNDICATED, Article.class)).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
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

    /**
     * The images of the articles a query returns, in one more query. {@code IN} and not EclipseLink's default
     * {@code JOIN} batch: a JOIN batch repeats the query's criteria without its page limit, so a home page of a
     * province with 6,000 articles read all 6,000 articles' images (and held them: 512 MB ran out at 32
     * connections with the volume demo).
     */
    private static TypedQuery<Article> withImages(TypedQuery<Article> query) {
        return query.setHint(QueryHints.BATCH, "a.images").setHint(QueryHints.BATCH_TYPE, "IN");
    }

    /** A list's query: its articles as lists show them ({@link Article#LISTED}), with their images. */
    private static TypedQuery<Article> listed(TypedQuery<Article> query) {
        return withImages(query).setHint(QueryHints.FETCH_GROUP_NAME, Article.LISTED);
    }
}
