package vn.provportal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.provportal.content.boundary.ArticleDraft;

/**
 * What the editing desk keeps of an article being typed (issue #13, no lost work): who has it open and since when,
 * the text as typed (cut to the columns, never refused), given back whole, and recognised when the article already
 * holds it so it is not offered for restore.
 */
class ArticleAutosaveTest {

    private static final Instant NOON = Instant.parse("2026-12-01T05:00:00Z");
    private static final String SHA = "ab".repeat(32);

    @Test
    void anEditorIsPresentFromTheFirstHeartbeatUntilNinetySecondsOfSilenceOrLeaving() {
        ArticleAutosave desk = new ArticleAutosave(7, "hy-editor");
        assertFalse(desk.isPresentAt(NOON), "not open yet");
        desk.seen(NOON);
        desk.seen(NOON.plusSeconds(60));
        assertTrue(desk.isPresentAt(NOON.plusSeconds(149)));
        assertFalse(desk.isPresentAt(NOON.plusSeconds(150)), "90 s after the last heartbeat");
        assertEquals(NOON, desk.getOpenSince(), "open since the first heartbeat, not the last");

        desk.seen(NOON.plusSeconds(400));
        assertEquals(NOON.plusSeconds(400), desk.getOpenSince(), "opened again after an absence");
        desk.left();
        assertFalse(desk.isPresentAt(NOON.plusSeconds(401)));
        assertNull(desk.getOpenSince());
    }

    @Test
    void whatWasTypedComesBackWholeAndOversizedFieldsAreCutNotRefused() {
        ArticleAutosave desk = new ArticleAutosave(0, "hy-editor");
        ArticleDraft typed = new ArticleDraft("Tiêu đề đang gõ", "Sapo", "<p>Thân bài</p>", "Hoàng Bền", 3L, "an ninh",
                "Báo CAND", List.of(new ImageUse(SHA, "Chú thích", "Mô tả ảnh")), SHA);
        desk.keep(typed, NOON);
        assertTrue(desk.hasText());
        assertEquals(NOON, desk.getSavedAt());
        assertTrue(desk.isPresentAt(NOON), "keeping is a heartbeat too");
        assertEquals(typed, desk.draft());

        desk.keep(new ArticleDraft("T".repeat(2500), null, null, null, null, null, null, List.of(), "not-a-hash"), NOON);
        assertEquals(2000, desk.draft().title().length(), "cut to the column");
        assertNull(desk.draft().featuredImage(), "only an image hash is kept as the featured image");

        desk.becomes(42);
        assertEquals(42, desk.getArticleId(), "a new article's desk moves to the article its first save made");
        desk.clear();
        assertFalse(desk.hasText());
        assertNull(desk.getSavedAt());
        assertEquals(new ArticleDraft(null, null, null, null, null, null, null, List.of(), null), desk.draft());
    }

    @Test
    void keptTextTheArticleAlreadyHoldsIsNotWorthOfferingAndAnyDifferenceIs() {
        Article saved = new Article("Hội nghị tổng kết", "Sapo", "<p>Thân bài</p>", "Hoàng Bền", null, NOON);
        saved.describe("an ninh", "Báo CAND");
        ArticleAutosave desk = new ArticleAutosave(1, "hy-editor");
        // typed in decomposed Unicode (as some keyboards send it) and with a trailing space: the same once stored
        desk.keep(draft(java.text.Normalizer.normalize("Hội nghị tổng kết ", java.text.Normalizer.Form.NFD), "Sapo",
                "<p>Thân bài</p>", "an ninh"), NOON);
        assertTrue(desk.holdsWhatIsSavedIn(saved));
        for (ArticleDraft differs : List.of(draft("Hội nghị sơ kết", "Sapo", "<p>Thân bài</p>", "an ninh"),
                draft("Hội nghị tổng kết", "Sapo khác", "<p>Thân bài</p>", "an ninh"),
                draft("Hội nghị tổng kết", "Sapo", "<p>Thân bài khác</p>", "an ninh"),
                draft("Hội nghị tổng kết", "Sapo", "<p>Thân bài</p>", "giao thông"))) {
            desk.keep(differs, NOON.plus(Duration.ofSeconds(30)));
            assertFalse(desk.holdsWhatIsSavedIn(saved), differs.toString());
        }
    }

    private static ArticleDraft draft(String title, String lead, String body, String tags) {
        return new ArticleDraft(title, lead, body, "Hoàng Bền", null, tags, "Báo CAND", List.of(), null);
    }
}
