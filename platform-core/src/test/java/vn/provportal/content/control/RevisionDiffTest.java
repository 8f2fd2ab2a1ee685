package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two saves of an article side by side: field by field, the body paragraph by paragraph, words marked. */
class RevisionDiffTest {

    private static final RevisionDiff.Text BEFORE = new RevisionDiff.Text("Tổng kết năm 2022", "Sapo cũ",
            "<p>Đoạn một.</p><ul><li><p>Ý thứ nhất</p></li></ul><p>  </p><p>Đoạn ba giữ nguyên.</p>", "Hoàng Bền", "an ninh", null);

    @Test
    void onlyWhatChangedIsMarkedWordByWord() {
        RevisionDiff.Text after = new RevisionDiff.Text("Tổng kết năm 2023", "Sapo cũ",
                "<p>Đoạn một.</p><ul><li><p>Ý thứ hai</p></li></ul><p>Đoạn ba giữ nguyên.</p>", "Hoàng Bền", "an ninh", "Báo CAND");
        List<RevisionDiff.Line> lines = RevisionDiff.compare(BEFORE, after);
        RevisionDiff.Line title = lines.get(0);
        assertEquals("Tiêu đề", title.getField());
        assertTrue(title.isChanged());
        assertTrue(title.getLeft().contains("<del>2022</del>") && title.getRight().contains("<ins>2023</ins>"),
                title.getLeft() + " | " + title.getRight());
        assertFalse(lines.get(1).isChanged(), "the same lead");
        List<RevisionDiff.Line> body = lines.stream().filter(l -> l.getField().equals("Nội dung")).toList();
        assertEquals(3, body.size(), "three paragraphs: the empty one is none, a list item's paragraph counts once");
        assertEquals(List.of(false, true, false), body.stream().map(RevisionDiff.Line::isChanged).toList());
        assertEquals(List.of("Tiêu đề", "Nội dung", "Nguồn"), RevisionDiff.changedFields(BEFORE, after));
        assertEquals(List.of(), RevisionDiff.changedFields(BEFORE, BEFORE));
    }

    @Test
    void textThatLooksLikeMarkupIsShownAsText() {
        RevisionDiff.Text after = new RevisionDiff.Text("<script>alert(1)</script>", "Sapo cũ", BEFORE.body(), "Hoàng Bền",
                "an ninh", null);
        String right = RevisionDiff.compare(BEFORE, after).get(0).getRight();
        assertFalse(right.contains("<script>"), right);
        assertTrue(right.contains("&lt;script&gt;"), right);
    }

    @Test
    void paragraphsAreTheInnermostBlocksWithText() {
        assertEquals(List.of("Một", "Hai", "Ba"), RevisionDiff.paragraphs(
                "<h2>Một</h2><blockquote><p>Hai</p></blockquote><table><tr><td>Ba</td></tr></table><p> </p>"));
        assertEquals(List.of(), RevisionDiff.paragraphs(null));
    }
}
