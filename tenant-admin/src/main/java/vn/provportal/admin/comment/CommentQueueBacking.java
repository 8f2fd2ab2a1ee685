package vn.provportal.admin.comment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.comment.boundary.Comments;
import vn.provportal.comment.entity.Comment;
import vn.provportal.comment.entity.CommentStatus;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.boundary.CurrentTenant;

/** Backs {@code /comment/queue.xhtml}: citizens' comments of the province waiting for a decision. */
@Named
@RequestScoped
public class CommentQueueBacking {

    static final int MAX = 200;

    @Inject
    Comments comments;

    @Inject
    CurrentTenant currentTenant;

    private List<Comment> pending;
    private String words;

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    public List<Comment> getPending() {
        if (pending == null) {
            boolean searching = words != null && !words.isBlank();
            pending = !currentTenant.isResolved() ? List.of()
                    : searching ? comments.withStatusMatching(CommentStatus.PENDING, words, MAX)
                    : comments.withStatus(CommentStatus.PENDING, MAX);
        }
        return pending;
    }

    /** The words the queue is narrowed to ({@code ?tim=}): in the comment, its author's name or the article's title. */
    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String approve(long id) {
        return decide(id, CommentStatus.APPROVED, "done.comment.approved");
    }

    public String reject(long id) {
        return decide(id, CommentStatus.REJECTED, "done.comment.rejected");
    }

    public String spam(long id) {
        return decide(id, CommentStatus.SPAM, "done.comment.spam");
    }

    public String approveSelected() {
        return decideSelected(CommentStatus.APPROVED, "done.comments.approved");
    }

    public String rejectSelected() {
        return decideSelected(CommentStatus.REJECTED, "done.comments.rejected");
    }

    public String spamSelected() {
        return decideSelected(CommentStatus.SPAM, "done.comments.spam");
    }

    /** The rows ticked in the queue (checkboxes named {@code chon}), decided together in one transaction. */
    private String decideSelected(CommentStatus decision, String message) {
        String[] chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault("chon", new String[0]);
        try {
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
            for (String value : chosen) {
                ids.add(Long.parseLong(value));
            }
            Faces.attempt(() -> comments.moderateAll(ids, decision, Faces.user()), message, ids.size());
        } catch (NumberFormatException e) {
            Faces.error(InvalidInput.of("comment.invalid-selection"));
        }
        return backToQueue();
    }

    private String decide(long id, CommentStatus decision, String message) {
        Faces.attempt(() -> comments.moderate(id, decision, Faces.user()), message);
        return backToQueue();
    }

    /** After a decision the queue is loaded afresh, the message carried over the redirect. */
    private static String backToQueue() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/comment/queue?faces-redirect=true";
    }
}
