package vn.provportal.content.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.control.RevisionDiff;
import vn.provportal.platform.InvalidInput;

/**
 * A save refused because someone saved the article after the editor loaded it. Carries what is saved now (their
 * version) and, when the revision log has it, the text the editor started from — so the screen can offer a choice
 * per field: a field only one side changed can be suggested, one both changed must be chosen by the editor.
 */
public class EditConflict extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final ArticleDraft theirs;
    private final long theirVersion;
    private final String savedBy;
    private final Instant savedAt;
    private final RevisionDiff.Text started;
    private final List<String> changed;

    public EditConflict(ArticleDraft theirs, long theirVersion, String savedBy, Instant savedAt,
            RevisionDiff.Text started, List<String> changed, String key, Object... args) {
        super(key, args);
        this.theirs = theirs;
        this.theirVersion = theirVersion;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.started = started;
        this.changed = List.copyOf(changed);
    }

    /** The article as it is saved now. */
    public ArticleDraft theirs() {
        return theirs;
    }

    /** The version to save over once the editor has chosen. */
    public long theirVersion() {
        return theirVersion;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    /** The text the editor loaded, if the revision log still has it. */
    public Optional<RevisionDiff.Text> started() {
        return Optional.ofNullable(started);
    }

    /** The fields the other save changed, by name ("Tiêu đề", "Sapo"…). */
    public List<String> changed() {
        return changed;
    }
}
