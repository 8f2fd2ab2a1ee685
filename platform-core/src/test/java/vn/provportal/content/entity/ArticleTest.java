package vn.provportal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @Test
    void newArticleIsADraftWithSlugFromTitleAndIsNotReadable() {
        Article article = new Article("Đảm bảo an ninh", "lead", "<p>x</p>", "Hoàng Bền", null, NOW);
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertEquals("dam-bao-an-ninh", article.getSlug().value());
        assertFalse(article.isReadableAt(NOW));
    }

    @Test
    void textIsStoredInComposedForm() {
        String decomposed = Normalizer.normalize("Hưng Yên", Normalizer.Form.NFD);
        Article article = new Article(decomposed, decomposed, null, decomposed, null, NOW);
        assertEquals("Hưng Yên", article.getTitle());
        assertEquals("Hưng Yên", article.getAuthor());
        assertEquals("Hưng Yên", article.getLead());
    }

    @Test
    void publishedArticleIsReadableFromItsPublishTimeOnly() {
        Article article = new Article("Tin", null, null, null, null, NOW);
        article.publish(NOW.plus(Duration.ofHours(1)), NOW);
        assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
        assertFalse(article.isReadableAt(NOW));
        assertTrue(article.isReadableAt(NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void publishingTwiceIsRefused() {
        Article article = new Article("Tin", null, null, null, null, NOW);
        article.publish(NOW, NOW);
        assertThrows(vn.provportal.platform.InvalidInput.class, () -> article.publish(NOW, NOW));
    }

    @Test
    void bodyIsSanitisedWhoeverWritesIt() {
        Article article = new Article("Tin", null, "<p onclick=\"x()\">Nội dung</p><script>alert(1)</script>", null,
                null, NOW);
        assertEquals("<p>Nội dung</p>", article.getBodyHtml());
    }

    @Test
    void blankTitleIsRefused() {
        assertEquals("Tiêu đề không được để trống", assertThrows(vn.provportal.platform.InvalidInput.class,
                () -> new Article("  ", null, null, null, null, NOW)).getMessage());
    }

    @Test
    void imageWithoutAltTextTakesItsCaption() {
        Article article = new Article("Tin", null, null, null, null, NOW);
        article.addImage("a".repeat(64), "Các đại biểu dự hội nghị", null);
        assertEquals("Các đại biểu dự hội nghị", article.getImages().get(0).getAltText());
        assertThrows(vn.provportal.platform.InvalidInput.class, () -> article.addImage("b".repeat(64), null, " "));
    }
}
