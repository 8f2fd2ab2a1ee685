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

    /** A published article as found (its stored count) and this node's written views at that moment. */
    record Found(vn.provportal.content.boundary.Shown shown, long writtenThen) {
    }

    /** No published article under a slug: kept as a found one is, so an unknown address is not looked up each time. */
    private static final Found NONE = new Found(null, 0);

    @Inject
    vn.provportal.portal.layout.RegionCache kept;

    private String slug;
    private vn.provportal.content.boundary.Shown shown;
    private long writtenThen;
    private Article article;
    private List<Headline> related;
    private List<Comment> approved;

    /**
     * View action: finds the published article the path names — only its id and stored view count, kept as the
     * page's parts are ({@code <pp:kept>}), since the article itself is read only when a part is rendered — and
     * counts the view, or answers 301/404.
     */
    public void load() throws IOException {
        slug = paths.getParameter();
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Found found = kept.value("article-found", slug, (jakarta.servlet.http.HttpServletRequest) request,
                () -> articles.shown(slug).map(s -> new Found(s, views.written(tenantCode(), s.id()))).orElse(NONE));
        shown = found.shown();
        writtenThen = found.writtenThen();
        if (shown == null) {
            notFound.respondInFaces();
            return;
        }
        if ("GET".equals(((jakarta.servlet.http.HttpServletRequest) request).getMethod())) {
            views.record(tenantCode(), shown.id());
            ((jakarta.servlet.http.HttpServletRequest) request).setAttribute(
                    vn.provportal.portal.routing.PageCache.VIEWED, shown.id());
        }
    }

    /** The article shown, read when first asked for (in the reading transaction, so it is the one found). */
    public Article getArticle() {
        if (article == null && shown != null) {
            article = articles.findPublished(slug).orElseThrow();
        }
        return article;
    }

    /** The slug the page answers to: what its kept parts vary by. */
    public String getSlug() {
        return slug;
    }

    /** The body with the images the editor placed in it, as captioned figures. */
    public String getBody() {
        return vn.provportal.content.control.ImagePlacement.body(getArticle(), paths::media);
    }

    /** The images the body does not place, shown after the lead. */
    public List<vn.provportal.content.entity.ArticleImage> getLeadImages() {
        return vn.provportal.content.control.ImagePlacement.unplaced(getArticle());
    }

    /** For the preview page, which shows an article that is not (yet) published. */
    public void show(Article preview) {
        this.article = preview;
    }

    /**
     * The count a reader sees ({@link ViewCounter#shown}), never lagging this node's views: from the stored count found
     * (kept with the page's parts) or, for a preview, the article's stored count read now.
     */
    public long getViewCount() {
        if (shown != null) {
            return views.shown(tenantCode(), shown.id(), shown.viewCount(), writtenThen);
        }
        long id = getArticle().getId();
        return views.shown(tenantCode(), id, getArticle().getViewCount(), views.written(tenantCode(), id));
    }

    public List<Headline> getRelated() {
        if (related == null) {
            related = articles.relatedTo(getArticle(), RELATED);
        }
        return related;
    }

    public List<Comment> getComments() {
        if (approved == null) {
            approved = comments.approvedFor(getArticle());
        }
        return approved;
    }

    /** The CSRF token of this article's comment form. */
    public String getFormToken() {
        return formToken.issue(tenantCode(), slug != null ? slug : getArticle().getSlug().value());
    }

    private String tenantCode() {
        return currentTenant.get().getCode().value();
    }
}
