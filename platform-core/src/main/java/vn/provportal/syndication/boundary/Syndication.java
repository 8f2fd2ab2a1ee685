package vn.provportal.syndication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.provportal.content.control.ArticleHtml;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantStatus;

/**
 * Articles the ministry publishes once to all or chosen active provinces, in one transaction. Each copy is
 * published at once, shown in the home page's "Thông tin từ Bộ" box with its origin, and locked: the province
 * cannot edit, withdraw or take it down; the ministry withdraws every copy at once.
 */
@ApplicationScoped
@Transactional
public class Syndication {

    public static final String ORIGIN = "Bộ Công an";
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    /** Pushes the article; returns its syndication key (shared by every copy). */
    public String push(String title, String lead, String body, List<String> provinces, String user) {
        String cleanTitle = Nfc.normalize(title);
        if (cleanTitle == null || cleanTitle.isBlank()) {
            throw InvalidInput.of("syndication.title-required");
        }
        List<Tenant> targets = em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList().stream()
                .filter(t -> t.getStatus() == TenantStatus.ACTIVE)
                .filter(t -> provinces.isEmpty() || provinces.contains(t.getCode().value())).toList();
        if (targets.isEmpty()) {
            throw InvalidInput.of("syndication.no-active-province-chosen");
        }
        String key = UUID.randomUUID().toString();
        String slug = SlugGenerator.slugOf(cleanTitle).value();
        Timestamp now = Timestamp.from(Instant.now());
        for (Tenant t : targets) {
            long taken = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM article WHERE tenant_id = ? AND slug = ?")
                    .setParameter(1, t.getCode().value()).setParameter(2, slug).setHint(NATIVE, true).getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO article (tenant_id, title, slug, lead_text, body_html, author, status, published_at, "
                    + "view_count, featured, created_at, updated_at, created_by, version, origin, syndication_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 0, FALSE, ?, ?, ?, 1, ?, ?)")
                    .setParameter(1, t.getCode().value()).setParameter(2, cleanTitle)
                    .setParameter(3, taken == 0 ? slug : slug + "-" + key.substring(0, 8)).setParameter(4, Nfc.normalize(lead))
                    .setParameter(5, ArticleHtml.sanitize(body)).setParameter(6, ORIGIN).setParameter(7, now)
                    .setParameter(8, now).setParameter(9, now).setParameter(10, user).setParameter(11, ORIGIN)
                    .setParameter(12, key).setHint(NATIVE, true).executeUpdate();
        }
        activities.fire(new Activity("syndication.pushed", cleanTitle + " → " + targets.size() + " tỉnh"));
        return key;
    }

    /** Takes every copy down at once; their addresses then lead to each portal's home page. */
    public int withdraw(String key, String user) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO redirect (tenant_id, old_path, new_path, created_at) SELECT tenant_id, "
                + "CONCAT('/tin-tuc/', slug), '/', ? FROM article WHERE syndication_key = ? AND status = 'PUBLISHED' "
                + "ON DUPLICATE KEY UPDATE new_path = '/'").setParameter(1, now).setParameter(2, key).setHint(NATIVE, true)
                .executeUpdate();
        int count = em.createNativeQuery("UPDATE article SET status = 'UNPUBLISHED', unpublish_reason = ?, redirect_to = '/', "
                + "updated_at = ?, updated_by = ?, version = version + 1 WHERE syndication_key = ? AND status = 'PUBLISHED'")
                .setParameter(1, "Bộ thu hồi bài đăng đồng loạt").setParameter(2, now).setParameter(3, user)
                .setParameter(4, key).setHint(NATIVE, true).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        activities.fire(new Activity("syndication.withdrawn", key + ": " + count + " bản"));
        return count;
    }

    /** The pushed articles, newest first: key, title, copies online. */
    @SuppressWarnings("unchecked")
    public List<Object[]> recent(int max) {
        return em.createNativeQuery("SELECT syndication_key, MIN(title), SUM(status = 'PUBLISHED'), MIN(created_at) FROM article "
                + "WHERE syndication_key IS NOT NULL GROUP BY syndication_key ORDER BY MIN(created_at) DESC LIMIT ?")
                .setParameter(1, max).setHint(NATIVE, true).getResultList();
    }
}
