package vn.provportal.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.Newsroom;
import vn.provportal.platform.VietnamTime;

/**
 * The workflow part of {@code /content/edit.xhtml}: publishers approve (now or at a time, with an optional take-down
 * time), return, reject, force-publish, withdraw and take down, each with its reason; anyone moves a draft to the
 * trash and back. The article shown is the editor's ({@link EditArticleBacking}).
 */
@Named
@ViewScoped
public class ArticleWorkflowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditArticleBacking editor;

    @Inject
    Newsroom newsroom;

    private String reason = "";
    private String redirectTo = "/";
    private LocalDateTime publishAt;
    private LocalDateTime takeDownAt;

    public void approve() {
        editor.run(() -> newsroom.approve(editor.getId(), Faces.user(), VietnamTime.at(publishAt), VietnamTime.at(takeDownAt)),
                publishAt == null ? "done.approved" : "done.approved.scheduled",
                publishAt == null ? "" : VietnamTime.dateTime(VietnamTime.at(publishAt)));
    }

    public void returnToEditor() {
        editor.run(() -> newsroom.returnToEditor(editor.getId(), reason, Faces.user()), "done.returned");
    }

    public void reject() {
        editor.run(() -> newsroom.reject(editor.getId(), reason, Faces.user()), "done.rejected");
    }

    public void forcePublish() {
        editor.run(() -> newsroom.forcePublish(editor.getId(), reason, Faces.user()), "done.forced");
    }

    public void withdraw() {
        editor.run(() -> newsroom.withdraw(editor.getId(), reason, Faces.user()), "done.withdrawn");
    }

    public void unpublish() {
        editor.run(() -> newsroom.unpublish(editor.getId(), reason, redirectTo, Faces.user()),
                "done.unpublished", redirectTo);
    }

    public void trash() {
        editor.run(() -> newsroom.trash(editor.getId(), Faces.user()), "done.trashed");
    }

    public void restoreFromTrash() {
        editor.run(() -> newsroom.restoreFromTrash(editor.getId(), Faces.user()), "done.untrashed");
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRedirectTo() {
        return redirectTo;
    }

    public void setRedirectTo(String redirectTo) {
        this.redirectTo = redirectTo;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getTakeDownAt() {
        return takeDownAt;
    }

    public void setTakeDownAt(LocalDateTime takeDownAt) {
        this.takeDownAt = takeDownAt;
    }
}
