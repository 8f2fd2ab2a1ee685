package vn.provportal.admin.content;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.nodes.Entities;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.boundary.EditConflict;
import vn.provportal.content.control.ArticleHtml;
import vn.provportal.content.control.RevisionDiff;
import vn.provportal.content.entity.ImageUse;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;

/**
 * A save that met someone else's newer save, shown field by field: the editor's text beside the saved one, and for
 * each field that differs a choice — keep mine or take theirs. A field only the other side changed (the editor's
 * text is still what they had loaded) is suggested as theirs, one only the editor changed as mine; a field both
 * changed has no suggestion and must be chosen. Nothing is saved until every field has its choice.
 */
public class ConflictChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String MINE = "mine";
    public static final String THEIRS = "theirs";

    /** One field that differs: both texts shown as safe HTML (changed words marked), and the choice made. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String label;
        private final String mine;
        private final String theirs;
        private String choice;

        Row(String field, String label, String mine, String theirs, String suggested) {
            this.field = field;
            this.label = label;
            this.mine = mine;
            this.theirs = theirs;
            this.choice = suggested;
        }

        public String getField() {
            return field;
        }

        public String getLabel() {
            return label;
        }

        public String getMine() {
            return mine;
        }

        public String getTheirs() {
            return theirs;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = MINE.equals(choice) || THEIRS.equals(choice) ? choice : null;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final ArticleDraft theirs;
    private final long theirVersion;
    private final String savedBy;

    private ConflictChoice(ArticleDraft theirs, long theirVersion, String savedBy) {
        this.theirs = theirs;
        this.theirVersion = theirVersion;
        this.savedBy = savedBy;
    }

    /** The rows for the fields where {@code mine} and the saved article differ; {@code category} names a category id. */
    public static ConflictChoice of(ArticleDraft mine, EditConflict conflict, Function<Long, String> category) {
        ArticleDraft theirs = conflict.theirs();
        ConflictChoice choice = new ConflictChoice(theirs, conflict.theirVersion(), conflict.savedBy());
        RevisionDiff.Text started = conflict.started().orElse(null);
        List<RevisionDiff.Line> lines = RevisionDiff.compare(text(mine), text(theirs));
        choice.text(lines, "title", "Tiêu đề", mine.title(), theirs.title(), started == null ? null : started.title());
        choice.text(lines, "lead", "Sapo", mine.lead(), theirs.lead(), started == null ? null : started.lead());
        choice.text(lines, "body", "Nội dung", ArticleHtml.sanitize(mine.body()), theirs.body(),
                started == null ? null : started.body());
        choice.text(lines, "author", "Tác giả", mine.author(), theirs.author(), started == null ? null : started.author());
        choice.text(lines, "tags", "Thẻ", tags(mine.tags()), tags(theirs.tags()), started == null ? null : tags(started.tags()));
        choice.text(lines, "source", "Nguồn", mine.source(), theirs.source(), started == null ? null : started.source());
        if (!Objects.equals(mine.categoryId(), theirs.categoryId())) {
            choice.rows.add(new Row("category", "Chuyên mục", escape(category.apply(mine.categoryId())),
                    escape(category.apply(theirs.categoryId())), null));
        }
        if (!mine.images().equals(theirs.images())) {
            choice.rows.add(new Row("images", "Ảnh", images(mine.images()), images(theirs.images()), null));
        }
        return choice;
    }

    private void text(List<RevisionDiff.Line> lines, String field, String label, String mine, String theirs, String started) {
        if (same(mine, theirs)) {
            return;
        }
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (RevisionDiff.Line line : lines) {
            if (line.field().equals(label)) {
                left.append(left.length() == 0 ? "" : "<br/>").append(nz(line.left()));
                right.append(right.length() == 0 ? "" : "<br/>").append(nz(line.right()));
            }
        }
        String suggested = started == null ? null : same(mine, started) ? THEIRS : same(theirs, started) ? MINE : null;
        rows.add(new Row(field, label, marked(left.toString()), marked(right.toString()), suggested));
    }

    /**
     * The draft to save: each differing field from the side chosen, every other field as the editor has it now.
     * Refused, naming the fields, while any differing field has no choice.
     */
    public ArticleDraft apply(ArticleDraft mine) {
        List<String> open = rows.stream().filter(r -> r.choice == null).map(Row::getLabel).toList();
        if (!open.isEmpty()) {
            throw InvalidInput.of("content.choose-your-version-s", savedBy, String.join(", ", open));
        }
        boolean imagesTheirs = taken("images");
        return new ArticleDraft(pick("title", mine.title(), theirs.title()), pick("lead", mine.lead(), theirs.lead()),
                pick("body", mine.body(), theirs.body()), pick("author", mine.author(), theirs.author()),
                taken("category") ? theirs.categoryId() : mine.categoryId(), pick("tags", mine.tags(), theirs.tags()),
                pick("source", mine.source(), theirs.source()), imagesTheirs ? theirs.images() : mine.images(),
                imagesTheirs ? theirs.featuredImage() : mine.featuredImage());
    }

    private String pick(String field, String mine, String theirs) {
        return taken(field) ? theirs : mine;
    }

    private boolean taken(String field) {
        return rows.stream().anyMatch(r -> r.field.equals(field) && THEIRS.equals(r.choice));
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getTheirVersion() {
        return theirVersion;
    }

    public String getSavedBy() {
        return savedBy;
    }

    private static RevisionDiff.Text text(ArticleDraft d) {
        return new RevisionDiff.Text(d.title(), d.lead(), d.body(), d.author(), d.tags(), d.source());
    }

    private static boolean same(String a, String b) {
        return nz(Nfc.normalize(a)).strip().equals(nz(Nfc.normalize(b)).strip());
    }

    /** Neither side is "deleted" in a conflict: the words that differ are marked alike on both. */
    private static String marked(String diff) {
        return diff.replace("<del>", "<mark>").replace("</del>", "</mark>").replace("<ins>", "<mark>").replace("</ins>", "</mark>");
    }

    private static String tags(String typed) {
        return String.join(", ", nz(typed).lines().flatMap(l -> java.util.Arrays.stream(l.split("[,;]")))
                .map(String::strip).filter(t -> !t.isEmpty()).toList());
    }

    private static String images(List<ImageUse> images) {
        if (images.isEmpty()) {
            return "(không có ảnh)";
        }
        StringBuilder out = new StringBuilder();
        for (ImageUse image : images) {
            out.append(out.length() == 0 ? "" : "<br/>").append(escape(image.caption().isBlank() ? image.alt() : image.caption()));
        }
        return images.size() + " ảnh:<br/>" + out;
    }

    private static String escape(String text) {
        return Entities.escape(text == null ? "—" : text);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
