package vn.provportal.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.boundary.EditConflict;
import vn.provportal.content.control.RevisionDiff;
import vn.provportal.platform.InvalidInput;

/**
 * Two editors saved one draft: Minh changed the title, Lan changed the lead, both changed the body. The screen
 * offers Minh's title and Lan's lead, asks about the body, saves nothing until asked, then merges as chosen.
 */
class ConflictChoiceTest {

    private static final RevisionDiff.Text STARTED = new RevisionDiff.Text("Tin chung", "Sapo gốc", "<p>Nội dung gốc.</p>",
            "Hoàng Bền", "an ninh", "");

    private static ArticleDraft draft(String title, String lead, String body, Long category) {
        return new ArticleDraft(title, lead, body, "Hoàng Bền", category, "an ninh", "", List.of(), null);
    }

    private static EditConflict savedByLan(ArticleDraft theirs) {
        return new EditConflict(theirs, 7, "lan", Instant.now(), STARTED, List.of("Sapo", "Nội dung"), "content.edit-conflict",
                "lan", "01/12/2026 09:12", "Sapo, Nội dung");
    }

    @Test
    void eachSideChangedFieldIsSuggestedAndTheBodyBothChangedMustBeChosen() {
        ArticleDraft lan = draft("Tin chung", "Sapo của Lan", "<p>Nội dung của Lan.</p>", 1L);
        ArticleDraft minh = draft("Tiêu đề của Minh", "Sapo gốc", "<p>Nội dung của Minh.</p>", 1L);
        ConflictChoice choice = ConflictChoice.of(minh, savedByLan(lan), id -> "An ninh");

        Map<String, ConflictChoice.Row> rows = rows(choice);
        assertEquals(List.of("title", "lead", "body"), choice.getRows().stream().map(ConflictChoice.Row::getField).toList(),
                "only the fields that differ; author, tags and category are the same");
        assertEquals(ConflictChoice.MINE, rows.get("title").getChoice(), "only Minh changed the title");
        assertEquals(ConflictChoice.THEIRS, rows.get("lead").getChoice(), "only Lan changed the lead");
        assertNull(rows.get("body").getChoice(), "both changed the body: no suggestion");
        assertTrue(rows.get("body").getMine().contains("<mark>Minh</mark>"), "the words that differ are marked: "
                + rows.get("body").getMine());

        InvalidInput open = assertThrows(InvalidInput.class, () -> choice.apply(minh));
        assertTrue(open.messageVi().contains("Nội dung") && open.messageVi().contains("lan"), open.messageVi());

        rows.get("body").setChoice(ConflictChoice.THEIRS);
        ArticleDraft merged = choice.apply(minh);
        assertEquals("Tiêu đề của Minh", merged.title());
        assertEquals("Sapo của Lan", merged.lead());
        assertEquals("<p>Nội dung của Lan.</p>", merged.body());
        assertEquals(7, choice.getTheirVersion());
    }

    @Test
    void aCategoryAndImagesThatDifferAreAskedAndTextIsShownEscaped() {
        ArticleDraft lan = draft("Tin chung", "Sapo gốc", "<p>Nội dung gốc.</p>", 2L);
        ArticleDraft minh = draft("<script>alert(1)</script>", "Sapo gốc", "<p>Nội dung gốc.</p>", 1L);
        ConflictChoice choice = ConflictChoice.of(minh, savedByLan(lan), id -> id == 1L ? "An <b>ninh</b>" : "Giao thông");

        Map<String, ConflictChoice.Row> rows = rows(choice);
        assertNull(rows.get("category").getChoice());
        assertEquals("An &lt;b&gt;ninh&lt;/b&gt;", rows.get("category").getMine());
        assertTrue(!rows.get("title").getMine().contains("<script>"), rows.get("title").getMine());
        rows.get("category").setChoice(ConflictChoice.THEIRS);
        rows.get("title").setChoice("anything else");
        assertNull(rows.get("title").getChoice(), "only mine or theirs is a choice");
        rows.get("title").setChoice(ConflictChoice.MINE);
        assertEquals(2L, choice.apply(minh).categoryId());
    }

    private static Map<String, ConflictChoice.Row> rows(ConflictChoice choice) {
        return choice.getRows().stream().collect(java.util.stream.Collectors.toMap(ConflictChoice.Row::getField, r -> r));
    }
}
