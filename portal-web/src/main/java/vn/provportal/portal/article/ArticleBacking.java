package vn.provportal.portal.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.provportal.comment.boundary.Comments;
import vn.provportal.comment.entity.Comment;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.boundary.Headline;
import vn.provportal.content.control.ViewCounter;
import vn.provportal.content.entity.Article;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * "Chi tiết tin" and its print view: one published article, counted as a view each time it is shown, with
 * related articles and approved comments.
 */
@Named
@RequestScoped
public class ArticleBacking {

    static final int RELATED = 5;

    @Inject
    Articles articles;

    @Inject
    Comments comments;

    @Inject
    ViewCounter views;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    NotFound notFound;

    @Inject
    PortalPaths paths;

    @Inject
    vn.provportal.portal.comment.FormToken formToken;

    private Article article;
    private List<Headline> related;
    private List<Comment> approved;

    /** View action: loads the article named by the path, or answers 301/404. */
    public void load() throws IOException {
        article = articles.findPublished(paths.getParameter()).orElse(null);
        if (article == null) {
            notFound.respondInFaces();
            return;
        }
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if ("GET".equals(((jakarta.servlet.http.HttpServletRequest) request).getMethod())) {
            views.record(tenantCode(), article.getId());
            ((jakarta.servlet.http.HttpServletRequest) request).setAttribute(
                    vn.provportal.portal.routing.PageCache.VIEWED, article.getId());
        }
    }

    public Article getArticle() {
        return article;
    }

    /** The body with the images the editor placed in it, as captioned figures. */
    public String getBody() {
        return vn.provportal.content.control.ImagePlacement.body(article, paths::media);
    }

    /** The images the body does not place, shown after the lead. */
    public List<vn.provportal.content.entity.ArticleImage> getLeadImages() {
        return vn.provportal.content.control.ImagePlacement.unplaced(article);
    }

    /** For the preview page, which shows an article that is not (yet) published. */
    public void show(Article preview) {
        this.article = preview;
    }

    /** Stored count plus the views not yet written, so the number a reader sees never lags. */
    public long getViewCount() {
        return article.getViewCount() + views.pending(tenantCode(), article.getId());
    }

    public List<Headline> getRelated() {
        if (related == null) {
            related = articles.relatedTo(article, RELATED);
        }
        return related;
    }

    public List<Comment> getComments() {
        if (approved == null) {
            approved = comments.approvedFor(article);
        }
        return approved;
    }

    /** The CSRF token of this article's comment form. */
    public String getFormToken() {
        return formToken.issue(tenantCode(), article.getSlug().value());
    }

    private String tenantCode() {
        return currentTenant.get().getCode().value();
    }
}
