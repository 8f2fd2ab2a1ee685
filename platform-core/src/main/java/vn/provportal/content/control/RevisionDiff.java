package vn.provportal.content.control;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Side-by-side comparison of two versions of an article's text (java-diff-utils): field by field, the body
 * compared paragraph by paragraph, changed words marked {@code <del>} on the left and {@code <ins>} on the
 * right. The text is HTML-escaped before marking, so the result can be shown as markup safely.
 */
public final class RevisionDiff {

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, caption";

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private RevisionDiff() {
    }

    /** One row of the comparison: the field, the left and right text (safe HTML), and whether it changed. */
    public record Line(String field, String left, String right, boolean changed) implements java.io.Serializable {

        public String getField() {
            return field;
        }

        public String getLeft() {
            return left;
        }

        public String getRight() {
            return right;
        }

        public boolean isChanged() {
            return changed;
        }
    }

    /** The text of one version, field by field; {@code body} is HTML. */
    public record Text(String title, String lead, String body, String author, String tags, String source)
            implements java.io.Serializable {
    }

    public static List<Line> compare(Text left, Text right) {
        List<Line> lines = new ArrayList<>();
        field(lines, "Tiêu đề", List.of(nz(left.title())), List.of(nz(right.title())));
        field(lines, "Sapo", List.of(nz(left.lead())), List.of(nz(right.lead())));
        field(lines, "Nội dung", paragraphs(left.body()), paragraphs(right.body()));
        field(lines, "Tác giả", List.of(nz(left.author())), List.of(nz(right.author())));
        field(lines, "Thẻ", List.of(nz(left.tags())), List.of(nz(right.tags())));
        field(lines, "Nguồn", List.of(nz(left.source())), List.of(nz(right.source())));
        return lines;
    }

    /** The names of the fields that differ, for the "who changed what" message of a conflict. */
    public static List<String> changedFields(Text left, Text right) {
        return compare(left, right).stream().filter(Line::changed).map(Line::field).distinct().toList();
    }

    private static void field(List<Line> lines, String name, List<String> left, List<String> right) {
        for (DiffRow row : GENERATOR.generateDiffRows(left, right)) {
            lines.add(new Line(name, row.getOldLine(), row.getNewLine(), row.getTag() != DiffRow.Tag.EQUAL));
        }
    }

    static List<String> paragraphs(String html) {
        List<String> out = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(html == null ? "" : html).body().select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1) {
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
