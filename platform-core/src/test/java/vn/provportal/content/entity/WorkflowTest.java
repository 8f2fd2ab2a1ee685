package vn.provportal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;

/** Every workflow action from every state: allowed where the newsroom allows it, refused everywhere else. */
class WorkflowTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    private static final Map<String, Consumer<Article>> ACTIONS = Map.of(
            "edit", a -> a.edit("Tiêu đề mới", null, "<p>x</p>", null, null, NOW),
            "images", a -> a.useImages(java.util.List.of(), null, NOW),
            "take-down-later", a -> a.scheduleUnpublish(NOW.plus(Duration.ofDays(30)), NOW),
            "submit", a -> a.submitForReview(NOW),
            "approve", a -> a.approve("publisher", NOW, NOW),
            "return", a -> a.returnToEditor("Sửa phần mở đầu", NOW),
            "reject", a -> a.reject("Trùng nội dung", NOW),
            "force", a -> a.forcePublish("Tin khẩn về thiên tai", NOW),
            "withdraw", a -> a.withdraw("Thông tin cần đính chính", NOW),
            "unpublish", a -> a.unpublish("Hết hiệu lực", "/chuyen-muc/tin-tuc", NOW));

    private static final Map<ArticleStatus, Set<String>> ALLOWED = Map.of(
            ArticleStatus.DRAFT, Set.of("edit", "images", "submit", "force"),
            ArticleStatus.IN_REVIEW, Set.of("approve", "return", "reject", "force"),
            ArticleStatus.SCHEDULED, Set.of("unpublish", "take-down-later"),
            ArticleStatus.PUBLISHED, Set.of("withdraw", "unpublish", "take-down-later"),
            ArticleStatus.WITHDRAWN, Set.of("unpublish", "take-down-later"),
            ArticleStatus.UNPUBLISHED, Set.of(),
            ArticleStatus.REJECTED, Set.of());

    /** Where an allowed action leads; absent: it leaves the state as it was. */
    private static final Map<String, ArticleStatus> LEADS_TO = Map.of(
            "submit", ArticleStatus.IN_REVIEW,
            "approve", ArticleStatus.PUBLISHED,
            "return", ArticleStatus.DRAFT,
            "reject", ArticleStatus.REJECTED,
            "force", ArticleStatus.PUBLISHED,
            "withdraw", ArticleStatus.WITHDRAWN,
            "unpublish", ArticleStatus.UNPUBLISHED);

    @Test
    void everyActionIsAllowedOrRefusedAsTheWorkflowSays() {
        for (ArticleStatus state : EnumSet.allOf(ArticleStatus.class)) {
            for (var action : ACTIONS.entrySet()) {
                Article article = in(state);
                boolean allowed = ALLOWED.get(state).contains(action.getKey());
                if (allowed) {
                    action.getValue().accept(article);
                    // #16: the allowed actions used to run without a look at where they led
                    assertEquals(LEADS_TO.getOrDefault(action.getKey(), state), article.getStatus(),
                            action.getKey() + " from " + state);
                } else {
                    assertThrows(InvalidInput.class, () -> action.getValue().accept(article),
                            action.getKey() + " from " + state);
                    assertEquals(state, article.getStatus(), "a refused action changes nothing");
                }
            }
        }
    }

    @Test
    void authorsCannotApproveTheirOwnArticle() {
        Article article = in(ArticleStatus.IN_REVIEW);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> article.approve("bien-tap-vien", NOW, NOW));
        assertTrue(refused.messageVi().contains("không tự duyệt"));
        assertEquals(ArticleStatus.IN_REVIEW, article.getStatus());
    }

    @Test
    void approvalForLaterSchedulesAndTheSchedulerReleasesItOnTime() {
        Article article = in(ArticleStatus.IN_REVIEW);
        article.approve("publisher", NOW.plus(Duration.ofHours(2)), NOW);
        assertEquals(ArticleStatus.SCHEDULED, article.getStatus());
        assertFalse(article.isReadableAt(NOW.plus(Duration.ofHours(1))));
        assertFalse(article.releaseIfDue(NOW.plus(Duration.ofHours(1))));
        assertTrue(article.releaseIfDue(NOW.plus(Duration.ofHours(2))));
        assertFalse(article.releaseIfDue(NOW.plus(Duration.ofHours(3))), "released once");
        assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
    }

    @Test
    void inaccessibleArticlesCannotBePublished() {
        Article article = new Article("Tin", null, "<h2>Phần 1</h2><h4>Chi tiết</h4><img src=\"/m/1\">", null, null, NOW);
        article.writtenBy("bien-tap-vien");
        article.submitForReview(NOW);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> article.approve("publisher", NOW, NOW));
        assertTrue(refused.messageVi().startsWith("Chưa thể xuất bản"), refused.messageVi());
        assertTrue(refused.messageVi().contains("chưa có mô tả thay thế"), refused.messageVi());
        assertTrue(refused.messageVi().contains("nhảy từ cấp 2 xuống cấp 4"), refused.messageVi());
        assertThrows(InvalidInput.class, () -> article.forcePublish("khẩn", NOW));
        assertEquals(ArticleStatus.IN_REVIEW, article.getStatus());
    }

    @Test
    void anAttachedImageWithoutAltTextStopsPublication() {
        Article article = new Article("Tin có ảnh", null, "<p>Nội dung</p>", null, null, NOW);
        article.writtenBy("bien-tap-vien");
        article.useImages(java.util.List.of(new ImageUse("b".repeat(64), "Hội nghị sơ kết", " ")), null, NOW);
        article.submitForReview(NOW);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> article.approve("publisher", NOW, NOW));
        assertTrue(refused.messageVi().contains("Ảnh đính kèm thứ 1 chưa có mô tả thay thế"), refused.messageVi());
        assertEquals(ArticleStatus.IN_REVIEW, article.getStatus());
    }

    @Test
    void aTakeDownMustComeAfterPublication() {
        Article published = in(ArticleStatus.PUBLISHED);
        assertThrows(InvalidInput.class, () -> published.scheduleUnpublish(NOW.minus(Duration.ofHours(1)), NOW));
        published.scheduleUnpublish(NOW.plus(Duration.ofDays(7)), NOW);
        assertEquals(NOW.plus(Duration.ofDays(7)), published.getUnpublishAt());
    }

    /** Security issue #12 item 2: the old address of an unpublished article answered 301 to //attacker.example. */
    @Test
    void anUnpublishedArticleLeadsOnlyToAPageOfThePortal() {
        for (String elsewhere : List.of("//attacker.example", "/\\attacker.example", "///attacker.example",
                "/%2F%2Fattacker.example", "/%5Cattacker.example", "/%09/attacker.example", "https://attacker.example")) {
            Article published = in(ArticleStatus.PUBLISHED);
            InvalidInput refused = assertThrows(InvalidInput.class, () -> published.unpublish("Hết hiệu lực", elsewhere, NOW));
            assertTrue(refused.messageVi().contains("đường dẫn trong cổng"), elsewhere);
            assertEquals(ArticleStatus.PUBLISHED, published.getStatus(), "nothing changed: " + elsewhere);
        }
        Article moved = in(ArticleStatus.PUBLISHED);
        moved.unpublish("Hết hiệu lực", "/chuyen-muc/./tin-tuc", NOW);
        assertEquals("/chuyen-muc/tin-tuc", moved.getRedirectTo());
    }

    /** Security issue #12 item 6: these answered 500 and lost the article. */
    @Test
    void overlongTextIsRefusedWithItsLengthAndASymbolTitleStillGetsAnAddress() {
        InvalidInput title = assertThrows(InvalidInput.class,
                () -> new Article("T".repeat(100_000), "", "<p>x</p>", "", null, NOW));
        assertTrue(title.messageVi().contains("100000 ký tự; tối đa 300"), title.messageVi());
        String decomposed = java.text.Normalizer.normalize("Ứ".repeat(255), java.text.Normalizer.Form.NFD);
        assertEquals(765, decomposed.length(), "typed in decomposed form: U, horn, acute");
        InvalidInput nfd = assertThrows(InvalidInput.class, () -> new Article(decomposed + "Ứ".repeat(46), "", "", "", null, NOW));
        assertTrue(nfd.messageVi().contains("301 ký tự"), "counted after NFC: " + nfd.messageVi());
        assertEquals(255, new Article(decomposed, "", "", "", null, NOW).getTitle().length());
        assertThrows(InvalidInput.class, () -> new Article("Tin", "", "x".repeat(Article.MAX_BODY + 1), "", null, NOW));
        assertEquals("bai-viet", new Article("!!! ???", "", "", "", null, NOW).getSlug().value());
    }

    @Test
    void reasonsAreRequiredAndKept() {
        assertThrows(InvalidInput.class, () -> in(ArticleStatus.DRAFT).forcePublish(" ", NOW));
        assertThrows(InvalidInput.class, () -> in(ArticleStatus.PUBLISHED).withdraw(null, NOW));
        assertThrows(InvalidInput.class, () -> in(ArticleStatus.PUBLISHED).unpublish("Hết hiệu lực", null, NOW));
        Article forced = in(ArticleStatus.DRAFT);
        forced.forcePublish("Tin khẩn", NOW);
        assertTrue(forced.isForced());
        Article withdrawn = in(ArticleStatus.PUBLISHED);
        withdrawn.withdraw("Thông tin cần đính chính", NOW);
        assertTrue(withdrawn.isReadableAt(NOW), "a withdrawn article stays online");
        assertEquals("Thông tin cần đính chính", withdrawn.getWithdrawReason());
        Article returned = in(ArticleStatus.IN_REVIEW);
        returned.returnToEditor("Bổ sung ảnh", NOW);
        assertEquals("Bổ sung ảnh", returned.getReviewComment());
    }

    private static Article in(ArticleStatus state) {
        Article article = new Article("Tin thử", "Tóm tắt", "<p>Nội dung</p>", "Phóng viên", null, NOW);
        article.writtenBy("bien-tap-vien");
        switch (state) {
            case DRAFT -> { }
            case IN_REVIEW -> article.submitForReview(NOW);
            case SCHEDULED -> {
                article.submitForReview(NOW);
                article.approve("publisher", NOW.plus(Duration.ofDays(1)), NOW);
            }
            case PUBLISHED -> article.forcePublish("thử", NOW);
            case WITHDRAWN -> {
                article.forcePublish("thử", NOW);
                article.withdraw("thử", NOW);
            }
            case UNPUBLISHED -> {
                article.forcePublish("thử", NOW);
                article.unpublish("thử", "/", NOW);
            }
            case REJECTED -> {
                article.submitForReview(NOW);
                article.reject("thử", NOW);
            }
            default -> throw new IllegalArgumentException(state.name());
        }
        assertEquals(state, article.getStatus());
        return article;
    }
}
