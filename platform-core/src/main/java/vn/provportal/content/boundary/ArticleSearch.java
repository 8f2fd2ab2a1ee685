package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import vn.provportal.content.control.SearchTerms;
import vn.provportal.content.entity.Article;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * "Tìm kiếm": MariaDB full-text search over the current province's published articles, ranked by
 * relevance (ARCHITECTURE.md, decision 9). The native query names the tenant itself.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ArticleSearch {

    private static final String MATCH = "MATCH(title, lead_text, body_html) AGAINST (? IN BOOLEAN MODE)";
    private static final String SQL = "SELECT id FROM article WHERE tenant_id = ? AND status = 'PUBLISHED' "
            + "AND published_at <= ? AND " + MATCH + " ORDER BY " + MATCH
            + " DESC, published_at DESC LIMIT ?";

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    public List<Article> search(SearchTerms terms, int max) {
        if (terms.isEmpty()) {
            return List.of();
        }
        String query = terms.booleanQuery();
        List<Long> ids = em.createNativeQuery(SQL)
                .setParameter(1, currentTenant.get().getCode().value())
                .setParameter(2, Timestamp.from(Instant.now()))
                .setParameter(3, query)
                .setParameter(4, query)
                .setParameter(5, max)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Article a WHERE a.id IN :ids", Article.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .sorted(Comparator.comparingInt(a -> ids.indexOf(a.getId())))
                .toList();
    }
}
