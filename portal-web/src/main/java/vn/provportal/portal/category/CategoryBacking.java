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
    private int page;
    private Slice<Article> slice;

    /** View action: the category the path names (or 404) and the page asked for; its articles are read when shown. */
    public void load() throws IOException {
        category = articles.findCategory(paths.getParameter()).orElse(null);
        if (category == null) {
            notFound.respondInFaces();
            return;
        }
        page = Slice.pageParameter(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("trang"));
    }

    public Category getCategory() {
        return category;
    }

    /** The page asked for: what the kept list varies by, and the canonical address. */
    public int getPage() {
        return page;
    }

    /** The page's articles, read only when its list is rendered rather than kept. */
    public Slice<Article> getSlice() {
        if (slice == null && category != null) {
            slice = articles.inCategory(category, page, PAGE_SIZE);
        }
        return slice;
    }
}
