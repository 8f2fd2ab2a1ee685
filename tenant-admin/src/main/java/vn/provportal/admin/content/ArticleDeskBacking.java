package vn.provportal.admin.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.boundary.EditingDesk;
import vn.provportal.platform.VietnamTime;

/**
 * The article editor's desk ({@code /content/edit.xhtml}): what is typed is kept on the server every ~30 s and
 * when the page is left (only if something changed), the user is offered to restore what was kept and not saved
 * — after a crash, an expired session or a closed tab — and is told who else has the article open right now.
 */
@Named
@ViewScoped
public class ArticleDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditArticleBacking editor;

    @Inject
    EditingDesk desk;

    private EditingDesk.Unsaved unsaved;
    private List<EditingDesk.Present> others = List.of();
    private Instant keptAt;

    /** View action, after the article is loaded: the user is at the desk now. */
    public void opened() {
        if (FacesContext.getCurrentInstance().getResponseComplete() || !editor.isEditable()) {
            return;
        }
        Instant now = Instant.now();
        unsaved = desk.open(key(), Faces.user(), now).orElse(null);
        others = desk.others(key(), Faces.user(), now);
    }

    /** Called by the page every ~30 s: keeps the form if it changed ({@code dirty=1}), else only says "still here". */
    public void keep() {
        if (!editor.isEditable()) {
            return;
        }
        Instant now = Instant.now();
        if (changed()) {
            ArticleDraft draft = editor.currentDraft();
            desk.keep(key(), Faces.user(), draft, now);
            keptAt = now;
        } else {
            desk.stillThere(key(), Faces.user(), now);
        }
        others = desk.others(key(), Faces.user(), now);
    }

    /** Sent by the page as it is left (closed, reloaded, another address): keeps a change and ends the presence. */
    public void leave() {
        if (!editor.isEditable()) {
            return;
        }
        if (changed()) {
            ArticleDraft draft = editor.currentDraft();
            desk.keep(key(), Faces.user(), draft, Instant.now());
        }
        desk.left(key(), Faces.user());
    }

    /** Puts what was kept back in the form; it is saved when the user saves. */
    public void restore() {
        if (unsaved != null) {
            editor.fill(unsaved.draft());
            Faces.info("done.desk.restored", VietnamTime.dateTime(unsaved.keptAt()));
            unsaved = null;
        }
    }

    /** Throws away what was kept; the form shows the saved article. */
    public void discard() {
        desk.discard(key(), Faces.user());
        unsaved = null;
        Faces.info("done.desk.discarded");
    }

    private long key() {
        return editor.getId() == null ? 0 : editor.getId();
    }

    private static boolean changed() {
        return "1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("dirty"));
    }

    public String getUnsavedAt() {
        return unsaved == null ? null : VietnamTime.dateTime(unsaved.keptAt());
    }

    public String getUnsavedTitle() {
        return unsaved == null ? null : unsaved.draft().title();
    }

    /** "hy-publisher đang sửa bài này từ 09:12 01/12/2026", one line per other user present. */
    public List<String> getOthers() {
        return others.stream().map(p -> p.user() + " đang sửa bài này từ " + VietnamTime.dateTime(p.since())).toList();
    }

    public String getKeptAt() {
        return keptAt == null ? null : VietnamTime.dateTime(keptAt);
    }
}
