package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleHtmlTest {

    private static final String REALISTIC = "<p>Ngày 23/11, <strong>Bộ Công an</strong> tổ chức hội nghị.</p>"
            + "<h2>Kết quả</h2><ul><li>887 tổ tự quản</li><li>72 cụm liên kết</li></ul>"
            + "<figure><img src=\"/hung-yen/media/abc\" alt=\"Các đại biểu\" width=\"800\" height=\"533\" />"
            + "<figcaption>Các đại biểu dự hội nghị tại điểm cầu Hưng Yên</figcaption></figure>"
            + "<h3>Số liệu</h3><table><caption>Năm 2022</caption><thead><tr><th scope=\"col\">Chỉ tiêu</th>"
            + "<th scope=\"col\">Số lượng</th></tr></thead><tbody><tr><td>Điểm tổ chức</td><td>5.813</td></tr>"
            + "</tbody></table><blockquote>Bảo đảm an ninh, trật tự</blockquote>"
            + "<p>Xem <a href=\"https://bocongan.gov.vn\" rel=\"noreferrer noopener\">Bộ Công an</a>.</p>";

    @Test
    void theEditorsListsAndAlignmentBecomePlainHtml() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Một</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Hai</li></ol>"
                + "<ol><li data-list=\"ordered\">Bước 1</li></ol><p class=\"ql-align-center\">Giữa</p>";
        assertEquals("<ul><li>Một</li><li>Hai</li></ul><ol><li>Bước 1</li></ol><p class=\"align-center\">Giữa</p>",
                ArticleHtml.sanitize(quill));
    }

    /** #13 item 9: a table made in the editor (Quill 2's table module) is kept as a plain table. */
    @Test
    void aTableMadeInTheEditorIsKept() {
        String quill = "<table><tbody><tr><td data-row=\"row-k2p1\">Chỉ tiêu</td><td data-row=\"row-k2p1\">Số lượng</td></tr>"
                + "<tr><td data-row=\"row-9ax3\">Điểm tổ chức</td><td data-row=\"row-9ax3\">5.813</td></tr></tbody></table>";
        assertEquals("<table><tbody><tr><td>Chỉ tiêu</td><td>Số lượng</td></tr><tr><td>Điểm tổ chức</td><td>5.813</td></tr>"
                + "</tbody></table>", ArticleHtml.sanitize(quill));
    }

    @Test
    void aTableWithHeaderCellsReachesTheEditorAsAGridOfCells() {
        String stored = "<p>Trước</p><table><caption>Năm 2022</caption><thead><tr><th scope=\"col\">Chỉ tiêu</th>"
                + "<th scope=\"col\">Số lượng</th></tr></thead><tbody><tr><td colspan=\"2\">5.813</td></tr></tbody></table>";
        assertEquals("<p>Trước</p><p>Năm 2022</p><table><tbody><tr><td>Chỉ tiêu</td><td>Số lượng</td></tr></tbody>"
                + "<tbody><tr><td>5.813</td></tr></tbody></table>", ArticleHtml.forEditor(stored));
    }

    /** Security issue #12 item 11: the page's address leaked to linked sites (noopener without noreferrer). */
    @Test
    void aLinkTellsTheLinkedSiteNothingOfThePage() {
        assertEquals("<p><a href=\"https://example.vn/x\" rel=\"noopener noreferrer\">x</a></p>",
                rels(ArticleHtml.sanitize("<p><a href=\"https://example.vn/x\">x</a></p>")));
    }

    /** The sanitiser keeps a link's rel words in no fixed order; compared sorted. */
    private static String rels(String html) {
        return java.util.regex.Pattern.compile("rel=\"([^\"]*)\"").matcher(html).replaceAll(m -> "rel=\""
                + String.join(" ", new java.util.TreeSet<>(java.util.List.of(m.group(1).split(" ")))) + "\"");
    }

    /** Security issue #12 item 11: images of other hosts were kept, then blocked by the portal's CSP. */
    @ParameterizedTest
    @ValueSource(strings = {"https://tracker.example/p.gif", "http://example.vn/a.jpg", "//cdn.example/a.png",
        "/\\evil.example/a.png", "anh.jpg", "ftp://example.vn/a.png"})
    void anImageFromAnotherHostIsDroppedWhole(String source) {
        assertEquals("<p>Trước<br />Sau</p>", ArticleHtml.sanitize("<p>Trước<br><img src=\"" + source
                + "\" alt=\"Ảnh ngoài\">Sau</p>"));
    }

    @Test
    void realisticArticleIsKeptIntact() {
        assertEquals(rels(REALISTIC), rels(ArticleHtml.sanitize(REALISTIC)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object>",
        "<p onclick=\"alert(1)\">x</p>",
        "<p style=\"display:none\">ẩn</p>",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<base href=\"https://evil.example/\">",
    })
    void xssPayloadsAreStripped(String payload) {
        String clean = ArticleHtml.sanitize(payload).toLowerCase();
        for (String danger : List.of("<script", "onerror", "onload", "onclick", "javascript:", "vbscript:", "data:",
                "<iframe", "<object", "style=", "<form", "<input", "<svg", "<base")) {
            assertFalse(clean.contains(danger), payload + " → " + clean);
        }
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String nfd = java.text.Normalizer.normalize("<p>Hưng Yên</p>", java.text.Normalizer.Form.NFD);
        assertEquals("<p>Hưng Yên</p>", ArticleHtml.sanitize(nfd));
    }

    @Test
    void accessibilityGateFindsMissingAltAndSkippedHeadings() {
        assertTrue(AccessibilityGate.problems(REALISTIC).isEmpty(), AccessibilityGate.problems(REALISTIC).toString());
        List<String> problems = AccessibilityGate.problems("<h2>A</h2><h4>B</h4><img src=\"/m\"><img src=\"/n\" alt=\" \">");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Ảnh thứ 1 chưa có mô tả"));
        assertTrue(problems.get(2).contains("nhảy từ cấp 2 xuống cấp 4"));
        assertEquals(1, AccessibilityGate.problems("<h1>Tiêu đề</h1>").size());
    }
}
