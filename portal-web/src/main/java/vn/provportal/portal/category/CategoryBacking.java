package vn.provportal.portal.category;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.platform.Slice;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalRouter;

/** A category's published articles, {@value #PAGE_SIZE} a page ({@code ?trang=N}). */
@Named
@RequestScoped
public class CategoryBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    Articles articles;

    @Inject
    NotFound notFound;

    private Category category;
    private Slice<Article> slice;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        category = articles.findCategory((String) external.getRequestMap().get(PortalRouter.PARAMETER)).orElse(null);
        if (category == null) {
            notFound.respond((HttpServletResponse) external.getResponse());
            faces.responseComplete();
            return;
        }
        slice = articles.inCategory(category, Slice.pageParameter(external.getRequestParameterMap().get("trang")), PAGE_SIZE);
    }

    public Category getCategory() {
        return category;
    }

    public Slice<Article> getSlice() {
        return slice;
    }
}
