package vn.provportal.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.boundary.Categories;
import vn.provportal.content.boundary.EditConflict;
import vn.provportal.content.boundary.EditingDesk;
import vn.provportal.content.boundary.Newsroom;
import vn.provportal.content.control.ArticleHtml;
import vn.provportal.content.control.ImagePlacement;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleImage;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.ImageUse;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;

/**
 * Backs {@code /content/edit.xhtml}: writing a draft with its captioned images, saving it (a conflict becomes a
 * choice per field), submitting it and changing its address. The publishers' actions are {@link ArticleWorkflowBacking};
 * the autosave and who-is-editing are {@link ArticleDeskBacking}. A refused action keeps everything typed and says why.
 */
@Named
@ViewScoped
public class EditArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsroom newsroom;

    @Inject
    Categories categories;

    @Inject
    MediaLibrary media;

    @Inject
    EditingDesk desk;

    private Long id;
    private long version;
    private String status = "DRAFT";
    private String slug;
    private final ArticleForm form = new ArticleForm();
    private final List<ImageRow> images = new ArrayList<>();
    private String featured;
    private String reviewComment;
    private String newSlug;
    private String updatedBy;
    private String updatedAt;
    private ConflictChoice conflict;
    private ArticlePreview preview;
    private boolean trashed;
    private String trashedBy;

    /** View action: loads the article of {@code ?id=}, or answers 404 for an id this province does not have. */
    public void load() throws IOException {
        if (id == null || Faces.isPostback()) {
            return;
        }
        var found = newsroom.find(id);
        if (found.isEmpty()) {
            Faces.notFound();
            return;
        }
        take(found.get());
    }

    /**
     * Saves the draft. The first save of a new article redirects to its own address ({@code ?id=}), so a reload,
     * a bookmark or a link sent to a colleague opens this article, not an empty form (#13 item 10).
     */
    public String save() {
        boolean first = id == null;
        if (store("done.draft.saved") && first) {
            Faces.keepMessages();
            return "/content/edit?faces-redirect=true&id=" + id;
        }
        return null;
    }

    /**
     * Saves with the editor's choice per field after a conflict: each differing field from the side chosen, over the
     * version saved meanwhile. Refused, with nothing saved, while a field has no choice.
     */
    public void saveChoices() {
        if (conflict == null) {
            save();
            return;
        }
        try {
            ArticleDraft merged = conflict.apply(currentDraft());
            version = conflict.getTheirVersion();
            fill(merged);
            store("done.saved.chosen");
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    /** The draft as the form holds it now, typed and unchecked. */
    ArticleDraft currentDraft() {
        String chosen = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("featured");
        if (chosen != null) {
            featured = chosen;
        }
        List<ImageUse> uses = images.stream().map(ImageRow::use).toList();
        String body = ImagePlacement.fromEditor(form.getBody(), uses.stream().map(ImageUse::sha256).toList());
        return new ArticleDraft(form.getTitle(), form.getLead(), body, form.getAuthor(), form.getCategoryId(),
                form.getTags(), form.getSource(), uses, featured);
    }

    /** Puts a draft in the form (an autosave restored, or the choices of a conflict) without saving it. */
    void fill(ArticleDraft draft) {
        form.fill(draft);
        images.clear();
        draft.images().forEach(i -> images.add(new ImageRow(i.sha256(), i.caption(), i.alt())));
        featured = draft.featuredImage();
        showInEditor();
    }

    /**
     * The stored body as the editor holds it: each placed image shown where it stands (#13 item 9), tables as Quill's
     * grid of cells. {@link #currentDraft()} turns the images back into their markers.
     */
    private void showInEditor() {
        form.setBody(ImagePlacement.inEditor(ArticleHtml.forEditor(form.getBody()),
                images.stream().map(ImageRow::use).toList(), this::imageSource));
    }

    /** Where the editor shows a stored image of the province: the back office's own copy, 640 px wide. */
    public String imageSource(String sha256) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/anh/" + sha256 + "?w=640";
    }

    /**
     * Saves the form; a newer save by someone else becomes a choice per field ({@link ConflictChoice}) and nothing
     * is written. What the desk kept of this article is cleared once it is saved.
     */
    private boolean store(String done) {
        ArticleDraft draft = currentDraft();
        long deskKey = id == null ? 0 : id;
        try {
            Article saved = id == null ? newsroom.write(draft, Faces.user()) : newsroom.edit(id, version, draft, Faces.user());
            take(saved);
            conflict = null;
            desk.saved(deskKey, saved.getId(), Faces.user(), Instant.now());
            Faces.info(done);
            return true;
        } catch (EditConflict e) {
            Map<Long, String> names = new HashMap<>();
            categories.all().forEach(c -> names.put(c.getId(), c.getName()));
            conflict = ConflictChoice.of(draft, e, c -> c == null ? "—" : names.getOrDefault(c, "—"));
            Faces.error(e);
            return false;
        } catch (InvalidInput e) {
            Faces.error(e);
            return false;
        }
    }

    /** An image dropped or chosen in the editor: checked and stored in the library, then added to the article. */
    public void upload(FileUploadEvent event) {
        try {
            var file = media.upload(event.getFile().getFileName(), event.getFile().getContent(), Faces.user());
            if (images.stream().noneMatch(i -> i.getSha256().equals(file.getSha256()))) {
                images.add(ImageRow.placed(file));
            }
            Faces.info("done.image.uploaded", event.getFile().getFileName());
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    /** "Xem trước": the article as it would read on the portal, from what the form holds now, unsaved. */
    public void preview() {
        preview = ArticlePreview.of(currentDraft(), this::imageSource);
    }

    public ArticlePreview getPreview() {
        return preview;
    }

    /** Adds an image already in the province's library. */
    public void attach(String sha256) {
        var file = media.find(sha256);
        if (file.isPresent() && images.stream().noneMatch(i -> i.getSha256().equals(sha256))) {
            images.add(ImageRow.placed(file.get()));
        }
    }

    public void removeImage(int index) {
        if (index >= 0 && index < images.size()) {
            images.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < images.size()) {
            images.add(index - 1, images.remove(index));
        }
    }

    public void changeSlug() {
        run(() -> newsroom.changeSlug(id, newSlug, Faces.user()), "done.slug");
    }

    /** Saves what the form holds, then submits it: a conflict or a refusal stops it before anything is submitted. */
    public void submit() {
        if (isEditable() && !store("done.saved")) {
            return;
        }
        run(() -> newsroom.submit(id, Faces.user()), "done.submitted");
    }

    /**
     * Runs a workflow action on this article; its result is what the screen shows next, a refusal a message. Two
     * people acting on one article at the same moment (two publishers approving it): the second commit fails on the
     * article's version — a message and the article as it now is, not an error page.
     */
    void run(Supplier<Article> action, String done, Object... args) {
        try {
            take(action.get());
            Faces.info(done, args);
        } catch (InvalidInput e) {
            Faces.error(e);
        } catch (RuntimeException e) {
            if (!vn.provportal.platform.persistence.Causes.isStaleVersion(e)) {
                throw e;
            }
            Faces.error("error.changed.meanwhile");
            newsroom.find(id).ifPresent(this::take);
        }
    }

    private void take(Article article) {
        id = article.getId();
        version = article.getVersion();
        status = article.getStatus().name();
        slug = article.getSlug().value();
        newSlug = slug;
        form.take(article);
        preview = null;
        images.clear();
        for (ArticleImage image : article.getImages()) {
            images.add(new ImageRow(image.getMediaSha256(), image.getCaption(), image.getAltText()));
        }
        featured = article.getFeaturedImage();
        showInEditor();
        trashed = article.isTrashed();
        trashedBy = article.getTrashedBy();
        reviewComment = article.getReviewComment();
        updatedBy = article.getUpdatedBy();
        updatedAt = VietnamTime.dateTime(article.getUpdatedAt());
    }

    public boolean isPublisher() {
        return Faces.mayPublish();
    }

    public List<Category> getCategories() {
        return categories.all();
    }

    public List<vn.provportal.media.entity.MediaSummary> getLibrary() {
        return media.newestFirst(60);
    }

    public ArticleForm getForm() {
        return form;
    }

    public List<ImageRow> getImages() {
        return images;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public String getStatus() {
        return status;
    }

    public boolean isEditable() {
        return "DRAFT".equals(status) && !trashed;
    }

    /** A saved draft or a rejected article, not in the trash yet: it may go there. */
    public boolean isTrashable() {
        return id != null && !trashed && ("DRAFT".equals(status) || "REJECTED".equals(status));
    }

    public boolean isTrashed() {
        return trashed;
    }

    public String getTrashedBy() {
        return trashedBy;
    }

    public String getSlug() {
        return slug;
    }

    public String getFeatured() {
        return featured;
    }

    public void setFeatured(String featured) {
        this.featured = featured;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    /** The choice per field after a save met a newer one; null when there is none to make. */
    public ConflictChoice getConflict() {
        return conflict;
    }
}
