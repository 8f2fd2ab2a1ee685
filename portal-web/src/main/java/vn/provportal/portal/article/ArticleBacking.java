package vn.provportal.portal.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.control.ViewCounter;
import vn.provportal.content.entity.Article;
import vn.provportal.portal.routing.PortalRouter;
import vn.provportal.tenant.boundary.CurrentTenant;

/** "Chi tiết tin": one published article, counted as a view each time it is shown. */
@Named
@RequestScoped
public class ArticleBacking {

    @Inject
    Articles articles;

    @Inject
    ViewCounter views;

    @Inject
    CurrentTenant currentTenant;

    private Article article;

    /** View action: loads the article named by the path, or answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String slug = (String) faces.getExternalContext().getRequestMap().get(PortalRouter.PARAMETER);
        article = articles.findPublished(slug).orElse(null);
        if (article == null) {
            faces.getExternalContext().responseSendError(404, "Không tìm thấy bài viết");
            faces.responseComplete();
            return;
        }
        views.record(currentTenant.get().getCode().value(), article.getId());
    }

    public Article getArticle() {
        return article;
    }

    /** Stored count plus the views not yet written, so the number a reader sees never lags. */
    public long getViewCount() {
        return article.getViewCount() + views.pending(currentTenant.get().getCode().value(), article.getId());
    }
}
