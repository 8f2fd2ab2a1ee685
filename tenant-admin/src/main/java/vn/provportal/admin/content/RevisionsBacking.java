package vn.provportal.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.Newsroom;
import vn.provportal.content.boundary.Revisions;
import vn.provportal.content.control.RevisionDiff;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleRevision;
import vn.provportal.platform.InvalidInput;

/**
 * Backs {@code /content/revisions.xhtml?id=}: every save of an article, two of them side by side with the
 * changed words marked, and restoring an older one into the draft.
 */
@Named
@ViewScoped
public class RevisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Revisions revisions;

    @Inject
    Newsroom newsroom;

    private Long id;
    private Integer left;
    private Integer right;
    /** Entities, read again when the view has moved to another node of the cluster (views are replicated). */
    private transient Article article;
    private transient List<ArticleRevision> history;
    private List<RevisionDiff.Line> diff = List.of();

    public void load() throws IOException {
        read();
        if (article == null) {
            Faces.notFound();
            return;
        }
        if (right == null && !history.isEmpty()) {
            right = history.get(0).getNumber();
        }
        if (left == null && history.size() > 1) {
            left = history.get(1).getNumber();
        }
        diff = compare();
    }

    /** The two chosen revisions side by side; none when either is missing or not this article's. */
    private List<RevisionDiff.Line> compare() {
        if (left == null || right == null) {
            return List.of();
        }
        try {
            return revisions.compare(id, left, right);
        } catch (InvalidInput e) {
            return List.of();
        }
    }

    /** The article and its revisions, from the database: on a page load, and once after the view changed node. */
    private void read() {
        article = id == null ? null : newsroom.find(id).orElse(null);
        history = article == null ? List.of() : revisions.of(id);
    }

    /** Nothing read on this node yet (the view came from another one): read it now. */
    private void readAgain() {
        if (history == null) {
            read();
        }
    }

    public void restore(int number) {
        readAgain();
        if (article == null) {
            return;
        }
        try {
            article = revisions.restore(id, number, article.getVersion(), Faces.user());
            right = null;
            left = number;
            load();
            Faces.info("done.revision.restored", number);
        } catch (InvalidInput e) {
            Faces.error(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Read once per page load (and after a restore), however often the page shows them. */
    public List<ArticleRevision> getRevisions() {
        readAgain();
        return history;
    }

    public List<RevisionDiff.Line> getDiff() {
        return diff;
    }

    public boolean isRestorable() {
        readAgain();
        return article != null && "DRAFT".equals(article.getStatus().name());
    }

    public Article getArticle() {
        readAgain();
        return article;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getLeft() {
        return left;
    }

    public void setLeft(Integer left) {
        this.left = left;
    }

    public Integer getRight() {
        return right;
    }

    public void setRight(Integer right) {
        this.right = right;
    }
}
