package vn.provportal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;

/**
 * What an article goes through besides the review workflow ({@link WorkflowTest}): the trash and back, another
 * category, a new address, its images and cover, its tags and source, and the length of what is typed — each rule
 * at its bound.
 */
class ArticleLifeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final String A = "aa".repeat(32);
    private static final String B = "bb".repeat(32);

    private static Article draft() {
        return new Article("Tổng kết công tác năm 2022", "Sapo", "<p>Nội dung</p>", "Hoàng Bền", null, NOW);
    }

    @Test
    void aDraftGoesToTheTrashWithWhoPutItThereAndComesBackAsItWas() {
        Article article = draft();
        assertFalse(article.isTrashed());
        assertThrows(InvalidInput.class, () -> article.restoreFromTrash(NOW), "not in the trash");
        article.trash("hy-editor", NOW.plusSeconds(5));
        assertTrue(article.isTrashed());
        assertEquals("hy-editor", article.getTrashedBy());
        assertEquals(NOW.plusSeconds(5), article.getTrashedAt());
        InvalidInput twice = assertThrows(InvalidInput.class, () -> article.trash("hy-editor", NOW));
        assertTrue(twice.messageVi().contains("thùng rác"), twice.messageVi());
        assertThrows(InvalidInput.class, () -> article.edit("Sửa trong thùng rác", null, null, null, null, NOW));
        assertThrows(InvalidInput.class, () -> article.moveTo(new Category(new Slug("tin-tuc"), "Tin tức", 0), NOW));
        article.restoreFromTrash(NOW.plusSeconds(9));
        assertFalse(article.isTrashed());
        assertNull(article.getTrashedBy());
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertEquals(NOW.plusSeconds(9), article.getUpdatedAt());

        Article rejected = draft();
        rejected.submitForReview(NOW);
        rejected.reject("Trùng nội dung", NOW);
        rejected.trash("hy-publisher", NOW);
        assertTrue(rejected.isTrashed(), "a rejected article may go to the trash too");
        Article published = draft();
        published.publish(NOW, NOW);
        assertThrows(InvalidInput.class, () -> published.trash("hy-editor", NOW), "a published article is taken down, not trashed");
    }

    @Test
    void anArticleMovesCategoryAndAddressUntilItIsTakenDown() {
        Article article = draft();
        article.publish(NOW, NOW);
        Category security = new Category(new Slug("an-ninh"), "An ninh", 1);
        article.moveTo(security, NOW.plusSeconds(1));
        assertEquals(security, article.getCategory());
        assertEquals(NOW.plusSeconds(1), article.getUpdatedAt());
        Slug old = article.changeSlug(new Slug("tong-ket-2022"), NOW.plusSeconds(2));
        assertEquals("tong-ket-cong-tac-nam-2022", old.value(), "the old address is returned to be redirected");
        assertEquals("tong-ket-2022", article.getSlug().value());
        article.unpublish("Hết hiệu lực", "/chuyen-muc/an-ninh", NOW.plusSeconds(3));
        assertThrows(InvalidInput.class, () -> article.moveTo(security, NOW));
        assertThrows(InvalidInput.class, () -> article.changeSlug(new Slug("lai-doi"), NOW));
    }

    @Test
    void theFeaturedImageIsTheCoverOnlyWhenItIsOneOfTheArticlesImages() {
        Article article = draft();
        assertNull(article.getCover(), "no image, no cover");
        article.useImages(List.of(new ImageUse(A, "Ảnh một", " Mô tả một "), new ImageUse(B, "Ảnh hai", null)), B, NOW);
        assertEquals(B, article.getCover().getMediaSha256());
        assertEquals(B, article.getFeaturedImage());
        assertEquals("Mô tả một", article.getImages().get(0).getAltText(), "alt text stripped");
        assertEquals("", article.getImages().get(1).getAltText(), "a missing alt text is kept empty, for the gate to stop");
        assertEquals(1, article.getImages().get(1).getPosition());
        InvalidInput gate = assertThrows(InvalidInput.class, () -> article.forcePublish("Tin khẩn", NOW));
        assertTrue(gate.messageVi().contains("Ảnh đính kèm thứ 2"), gate.messageVi());

        article.useImages(List.of(new ImageUse(A, "Ảnh một", "Mô tả")), B, NOW);
        assertNull(article.getFeaturedImage(), "a featured image the article no longer uses is forgotten");
        assertEquals(A, article.getCover().getMediaSha256(), "then the first image is the cover");
        article.forcePublish("Tin khẩn về thiên tai", NOW);
        assertTrue(article.isForced());
    }

    @Test
    void tagsAndSourceAreTidiedAndTheSourceIsCutAtFiveHundred() {
        Article article = draft();
        article.describe("an ninh; an ninh, Hưng Yên", "   ");
        assertEquals("an ninh, Hưng Yên", article.getTags());
        assertEquals(List.of("an ninh", "Hưng Yên"), article.getTagList());
        assertNull(article.getSource(), "a blank source is none");
        article.describe(null, " " + "n".repeat(600) + " ");
        assertEquals(500, article.getSource().length());
        assertNull(article.getTags());
    }

    @Test
    void whatIsTypedIsRefusedOneCharacterPastItsLimitAndAcceptedAtIt() {
        Article article = draft();
        article.edit("T".repeat(Article.MAX_TITLE), "L".repeat(Article.MAX_LEAD), "<p>x</p>", "A".repeat(Article.MAX_AUTHOR), null, NOW);
        assertEquals(Article.MAX_TITLE, article.getTitle().length());
        InvalidInput title = assertThrows(InvalidInput.class,
                () -> article.edit("T".repeat(Article.MAX_TITLE + 1), null, null, null, null, NOW));
        assertTrue(title.messageVi().contains("301 ký tự; tối đa 300"), title.messageVi());
        assertThrows(InvalidInput.class, () -> article.edit("T", "L".repeat(Article.MAX_LEAD + 1), null, null, null, NOW));
        assertThrows(InvalidInput.class, () -> article.edit("T", null, null, "A".repeat(Article.MAX_AUTHOR + 1), null, NOW));
        String longest = "<p>" + "x".repeat(Article.MAX_BODY - 7) + "</p>";
        article.edit("T", null, longest, null, null, NOW);
        InvalidInput body = assertThrows(InvalidInput.class, () -> article.edit("T", null, longest + "x", null, null, NOW));
        assertTrue(body.messageVi().contains("dài 2000 nghìn ký tự; tối đa 2000 nghìn"), body.messageVi());
        assertEquals("T", article.getTitle(), "a refused edit changes nothing");
    }

    @Test
    void aCategoryIsRenamedWithItsAddressKept() {
        Category category = new Category(new Slug("tin-tuc"), "Tin tức", 0);
        category.rename("  Tin an ninh  ", 3);
        assertEquals("Tin an ninh", category.getName());
        assertEquals(3, category.getPosition());
        assertEquals("tin-tuc", category.getSlug().value());
        assertThrows(InvalidInput.class, () -> category.rename("   ", 1));
        assertEquals("Tin an ninh", category.getName());
    }
}
