package vn.provportal.testing;

import java.time.Instant;
import java.util.UUID;
import vn.provportal.content.entity.Article;

/** Sample data for tests; every test makes its own provinces so that test order never matters. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueTenantCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published article whose title names its province, so a leak shows in the title. */
    public static Article publishedArticle(String tenantCode, String title) {
        Article article = new Article(title + " " + tenantCode, "Tin của " + tenantCode,
                "<p>Nội dung của " + tenantCode + "</p>", "Phóng viên " + tenantCode, null, Instant.now());
        article.publish(Instant.now().minusSeconds(60), Instant.now());
        return article;
    }
}
