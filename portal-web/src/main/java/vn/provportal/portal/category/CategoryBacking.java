package vn.provportal.portal.category;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.platform.Slice;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;

/** A category's published articles, {@value #PAGE_SIZE} a page ({@code ?trang=N}). */
@Named
@RequestScoped
public class CategoryBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    Articles articles;

    @Inject
    NotFound notFound;

    @Inject
    PortalPaths paths;

    private Category category;
    private Slice<Article> slice;

    public void load() throws IOException {
        category = articles.findCategory(paths.getParameter()).orElse(null);
        if (category == null) {
            notFound.respondInFaces();
            return;
        }
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("trang");
        slice = articles.inCategory(category, Slice.pageParameter(page), PAGE_SIZE);
    }

    public Category getCategory() {
        return category;
    }

    public Slice<Article> getSlice() {
        return slice;
    }
}
