package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.provportal.content.control.SearchScope;
import vn.provportal.content.control.Snippet;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.platform.Slice;
import vn.provportal.platform.VietnamTime;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * "Tìm kiếm": MariaDB full-text search over the current province's published articles (ARCHITECTURE.md,
 * decision 9). Every word must occur (boolean mode); results are ranked by relevance with title hits
 * weighing three times. The native query names the tenant itself.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ArticleSearch {

    /** Also the ranking (the title counts three times in {@code search_text}); MariaDB evaluates it once. */
    private static final String ALL_TEXT = "MATCH(search_text) AGAINST (? IN BOOLEAN MODE)";

    /** A tag of a stored (sanitised) body; compiled once, not once per hit as {@code String.replaceAll} does. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Articles articles;

    public Slice<SearchHit> search(SearchQuery query) {
        int page = Slice.clampPage(query.page());
        if (query.terms().isEmpty()) {
            return new Slice<>(List.of(), page, query.size(), 0);
        }
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        // one pass over the matches: the page of ids, each row carrying the total (a second COUNT(*) read them all
        // again: half of a search's time at 200,000 articles, #14)
        List<Object> ranked = new ArrayList<>(params);
        ranked.addAll(List.of(booleanQuery(query), query.size(), (page - 1) * query.size()));
        List<?> rows = bind(em.createNativeQuery("SELECT id, COUNT(*) OVER () FROM article WHERE " + where
                + " ORDER BY " + ALL_TEXT + " DESC, published_at DESC LIMIT ? OFFSET ?"), ranked).getResultList();
        if (rows.isEmpty()) {
            long total = page == 1 ? 0 : ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM article WHERE "
                    + where), params).getSingleResult()).longValue();
            return new Slice<>(List.of(), page, query.size(), total);
        }
        long total = ((Number) ((Object[]) rows.get(0))[1]).longValue();
        List<Long> order = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        List<SearchHit> hits = Articles.inOrderOf(order, em.createNamedQuery(Article.BY_IDS, Article.class)
                .setParameter("ids", order).getResultList()).stream()
                .map(a -> new SearchHit(a, Snippet.html(plain(a), query.terms().words())))
                .toList();
        return new Slice<>(hits, page, query.size(), total);
    }

    private String where(SearchQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder("tenant_id = ? AND status IN ('PUBLISHED', 'WITHDRAWN') AND published_at <= ?");
        params.add(currentTenant.get().getCode().value());
        params.add(Timestamp.from(Instant.now()));
        if (query.categorySlug() != null) {
            Long categoryId = articles.findCategory(query.categorySlug()).map(Category::getId).orElse(-1L);
            where.append(" AND category_id = ?");
            params.add(categoryId);
        }
        if (query.from() != null) {
            where.append(" AND published_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        if (query.to() != null) {
            where.append(" AND published_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        where.append(" AND ").append(ALL_TEXT);
        params.add(booleanQuery(query));
        return where.toString();
    }

    private String booleanQuery(SearchQuery query) {
        return query.terms().booleanQuery(SearchScope.of(currentTenant.get().getCode().value()));
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }

    private static String plain(Article article) {
        String body = article.getBodyHtml() == null ? "" : TAG.matcher(article.getBodyHtml()).replaceAll(" ");
        return (article.getLead() == null ? "" : article.getLead() + " ") + body
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
