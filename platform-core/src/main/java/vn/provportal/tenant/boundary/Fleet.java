package vn.provportal.tenant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.provportal.platform.persistence.PerProvince;
import vn.provportal.tenant.entity.Tenant;

/**
 * The ministry's view of every portal at once, one row per province: articles published in the last 7 and
 * 30 days, views, drafts waiting for review, the last publication, the comment queue and how fresh the
 * statistics are. A handful of grouped queries, whatever the number of provinces (platform code: the native
 * SQL groups by {@code tenant_id} explicitly).
 */
@ApplicationScoped
@Transactional
public class Fleet {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** One province's activity. */
    public record Row(Tenant tenant, long published7, long published30, long views, long inReview, Instant lastPublished,
            long commentsWaiting, Instant statisticsAsOf) {

        public Tenant getTenant() {
            return tenant;
        }

        public long getPublished7() {
            return published7;
        }

        public long getPublished30() {
            return published30;
        }

        public long getViews() {
            return views;
        }

        public long getInReview() {
            return inReview;
        }

        public Instant getLastPublished() {
            return lastPublished;
        }

        public long getCommentsWaiting() {
            return commentsWaiting;
        }

        public Instant getStatisticsAsOf() {
            return statisticsAsOf;
        }
    }

    public List<Row> rows() {
        Instant now = Instant.now();
        Map<String, Object[]> articles = byTenant("SELECT tenant_id, SUM(status IN ('PUBLISHED','WITHDRAWN') AND published_at >= ?), "
                + "SUM(status IN ('PUBLISHED','WITHDRAWN') AND published_at >= ?), SUM(view_count), SUM(status = 'IN_REVIEW'), "
                + "MAX(CASE WHEN status IN ('PUBLISHED','WITHDRAWN') THEN published_at END) FROM article GROUP BY tenant_id",
                Timestamp.from(now.minus(Duration.ofDays(7))), Timestamp.from(now.minus(Duration.ofDays(30))));
        Map<String, Object[]> comments = byTenant("SELECT tenant_id, COUNT(*) FROM article_comment WHERE status = 'PENDING' "
                + "GROUP BY tenant_id");
        Map<String, Object[]> stats = byTenant("SELECT tenant_id, MAX(as_of) FROM stats_processing GROUP BY tenant_id");
        return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList().stream().map(t -> {
            Object[] a = articles.getOrDefault(t.getCode().value(), new Object[6]);
            Object[] c = comments.getOrDefault(t.getCode().value(), new Object[2]);
            Object[] s = stats.getOrDefault(t.getCode().value(), new Object[2]);
            return new Row(t, number(a[1]), number(a[2]), number(a[3]), number(a[4]), instant(a[5]), number(c[1]), instant(s[1]));
        }).toList();
    }

    private Map<String, Object[]> byTenant(String sql, Object... parameters) {
        return PerProvince.rows(em, sql, parameters);
    }

    private static long number(Object value) {
        return PerProvince.number(value);
    }

    private static Instant instant(Object value) {
        return PerProvince.instant(value);
    }
}
