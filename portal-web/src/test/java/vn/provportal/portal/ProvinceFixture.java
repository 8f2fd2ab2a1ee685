package vn.provportal.portal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.provportal.apikey.entity.ApiKey;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.widget.entity.Region;
import vn.provportal.widget.entity.WidgetPlacement;

/**
 * A province of its own for one test, written straight into the database the deployed portal reads:
 * tenant, hostname {@code <code>.localhost}, a category, a menu and home widgets.
 */
public final class ProvinceFixture {

    private static TestPersistence jpa;

    final String code;
    final String name;
    final String menuLabel;

    private ProvinceFixture(String code, String name, String menuLabel) {
        this.code = code;
        this.name = name;
        this.menuLabel = menuLabel;
    }

    static synchronized TestPersistence jpa() {
        if (jpa == null) {
            jpa = new TestPersistence(TestDatabase.ensureStarted());
        }
        return jpa;
    }

    static ProvinceFixture create(String prefix, Theme theme) {
        String code = Fixtures.uniqueTenantCode(prefix);
        String name = "Công an tỉnh " + code;
        String menuLabel = "Mục riêng " + code;
        jpa().inTransaction(code, em -> {
            Tenant tenant = new Tenant(new TenantCode(code), name, "Police of " + code, theme, Instant.now());
            tenant.addHostname(code + ".localhost");
            em.persist(tenant);
            Category news = new Category(new Slug("tin-tuc"), "Tin tức", 0);
            em.persist(news);
            em.persist(new MenuItem(null, menuLabel, news, null, 0));
            em.persist(new WidgetPlacement(Region.MAIN, "latest-news", 0, "Tin mới", "count=5"));
            em.persist(new WidgetPlacement(Region.SIDEBAR, "most-viewed", 0, "Tin đọc nhiều", "count=5"));
            return null;
        });
        return new ProvinceFixture(code, name, menuLabel);
    }

    /** Publishes articles in category {@code tin-tuc}, the newest last in the list given. */
    List<Article> publish(List<String[]> titlesAndBodies) {
        return jpa().inTransaction(code, em -> {
            Category news = category(em, "tin-tuc");
            List<Article> created = new ArrayList<>();
            Instant at = Instant.now().minus(Duration.ofDays(titlesAndBodies.size() + 1));
            for (String[] tb : titlesAndBodies) {
                at = at.plus(Duration.ofDays(1));
                Article article = new Article(tb[0], "Tóm tắt: " + tb[0], "<p>" + tb[1] + "</p>", "Phóng viên",
                        news, Instant.now());
                article.publish(at, Instant.now());
                em.persist(article);
                created.add(article);
            }
            return created;
        });
    }

    /** Places the two statistics widgets in the sidebar. */
    void placeStatisticsWidgets() {
        jpa().inTransaction(code, em -> {
            em.persist(new WidgetPlacement(Region.SIDEBAR, "stats-processing", 1, "Thống kê kết quả xử lý", null));
            em.persist(new WidgetPlacement(Region.SIDEBAR, "stats-satisfaction", 2, "Thống kê mức độ hài lòng", null));
            return null;
        });
    }

    /**
     * A month of processing figures as the public-service system PUTs them: 1,000 received when
     * {@code receivedOnline} is 700 (the widget's "received" shows receivedOnline + 300).
     */
    static String processingFigures(int receivedOnline) {
        return """
                {"receivedOnline": %d, "receivedOffline": 300, "resolvedEarly": 200, "resolvedOnTime": 650,
                 "resolvedLate": 50, "pendingInTime": 80, "pendingOverdue": 20}""".formatted(receivedOnline);
    }

    /** A new API key of any province (demo ones included), stored hashed; returns it in clear. */
    public static String apiKeyOf(String province) {
        return new ProvinceFixture(province, null, null).apiKey(false);
    }

    /** A new API key of this province, stored as the application stores keys (hashed); returns it in clear. */
    String apiKey(boolean revoked) {
        String plain = "pp_test_" + java.util.UUID.randomUUID();
        jpa().inTransaction(code, em -> {
            ApiKey key = new ApiKey(code, "test", plain.substring(0, 8), vn.provportal.platform.Sha256.hex(plain), Instant.now());
            if (revoked) {
                key.revoke(Instant.now());
            }
            em.persist(key);
            return null;
        });
        return plain;
    }

    Article publish(String title, String body) {
        return publish(List.<String[]>of(new String[] {title, body})).get(0);
    }

    String path(String relative) {
        return "/" + code + relative;
    }

    static Category category(EntityManager em, String slug) {
        return em.createNamedQuery(Category.BY_SLUG, Category.class).setParameter("slug", slug).getSingleResult();
    }
}
