package vn.provportal.admin.content;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import vn.provportal.admin.security.Roles;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.boundary.Newsroom;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.platform.InvalidInput;

/**
 * Backs {@code /content/edit.xhtml}: writing a draft and moving it through the workflow. Editors save and
 * submit; publishers approve, return, reject, force-publish, withdraw and unpublish. A refused action keeps
 * everything typed and says why.
 */
@Named
@ViewScoped
public class EditArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Newsroom newsroom;

    @Inject
    transient Articles articles;

    private Long id;
    private long version;
    private String status = "DRAFT";
    private String slug;
    private String title = "";
    private String lead = "";
    private String body = "";
    private String author = "";
    private Long categoryId;
    private String reason = "";
    private String redirectTo = "/";
    private String reviewComment;
    private String newSlug;

    /** View action: loads the article of {@code ?id=}, or answers 404 for an id this province does not have. */
    public void load() throws IOException {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        var found = newsroom.find(id);
        if (found.isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, "Không tìm thấy bài viết");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        take(found.get());
    }

    public void save() {
        run(() -> id == null
                ? newsroom.write(title, lead, body, author, categoryId, user())
                : newsroom.edit(id, version, title, lead, body, author, categoryId), "Đã lưu bản nháp");
    }

    public void changeSlug() {
        run(() -> newsroom.changeSlug(id, newSlug), "Đã đổi đường dẫn; địa chỉ cũ tự chuyển tới địa chỉ mới");
    }

    public void submit() {
        run(() -> newsroom.submit(id), "Đã gửi duyệt");
    }

    public void approve() {
        run(() -> newsroom.approve(id, user(), null), "Đã duyệt và đăng bài");
    }

    public void returnToEditor() {
        run(() -> newsroom.returnToEditor(id, reason), "Đã trả lại cho biên tập viên");
    }

    public void reject() {
        run(() -> newsroom.reject(id, reason), "Đã từ chối bài viết");
    }

    public void forcePublish() {
        run(() -> newsroom.forcePublish(id, reason), "Đã xuất bản khẩn (được đánh dấu để xem lại)");
    }

    public void withdraw() {
        run(() -> newsroom.withdraw(id, reason), "Đã rút bài (vẫn hiển thị kèm thông báo)");
    }

    public void unpublish() {
        run(() -> newsroom.unpublish(id, reason, redirectTo), "Đã gỡ bài; địa chỉ cũ chuyển tới " + redirectTo);
    }

    private void run(Supplier<Article> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            take(action.get());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (InvalidInput e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.messageVi(), e.messageEn()));
        }
    }

    private void take(Article article) {
        id = article.getId();
        version = article.getVersion();
        status = article.getStatus().name();
        slug = article.getSlug().value();
        newSlug = slug;
        title = article.getTitle();
        lead = article.getLead();
        body = article.getBodyHtml();
        author = article.getAuthor();
        categoryId = article.getCategory() == null ? null : article.getCategory().getId();
        reviewComment = article.getReviewComment();
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public boolean isPublisher() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.PUBLISHER) || external.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    public List<Category> getCategories() {
        return articles.categories();
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

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
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

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
