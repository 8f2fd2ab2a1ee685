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
    transient Revisions revisions;

    @Inject
    transient Newsroom newsroom;

    private Long id;
    private Integer left;
    private Integer right;
    private Article article;

    public void load() throws IOException {
        article = id == null ? null : newsroom.find(id).orElse(null);
        if (article == null) {
            Faces.notFound();
            return;
        }
        List<ArticleRevision> all = revisions.of(id);
        if (right == null && !all.isEmpty()) {
            right = all.get(0).getNumber();
        }
        if (left == null && all.size() > 1) {
            left = all.get(1).getNumber();
        }
    }

    public void restore(int number) {
        try {
            article = revisions.restore(id, number, article.getVersion(), Faces.user());
            right = null;
            left = number;
            load();
            Faces.info("Đã khôi phục nội dung của bản " + number + " thành bản mới nhất");
        } catch (InvalidInput e) {
            Faces.error(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<ArticleRevision> getRevisions() {
        return revisions.of(id);
    }

    public List<RevisionDiff.Line> getDiff() {
        if (left == null || right == null) {
            return List.of();
        }
        try {
            return revisions.compare(id, left, right);
        } catch (InvalidInput e) {
            return List.of();
        }
    }

    public boolean isRestorable() {
        return article != null && "DRAFT".equals(article.getStatus().name());
    }

    public String dateTime(java.time.Instant instant) {
        return vn.provportal.platform.VietnamTime.dateTime(instant);
    }

    public Article getArticle() {
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
