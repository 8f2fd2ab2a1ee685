package vn.provportal.portal.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.content.boundary.Categories;
import vn.provportal.content.entity.Category;

/** "Sơ đồ trang": the categories and fixed pages of the province on one page. */
@Named
@RequestScoped
public class SitemapBacking {

    @Inject
    Categories provinceCategories;

    private List<Category> categories;

    public List<Category> getCategories() {
        if (categories == null) {
            categories = provinceCategories.all();
        }
        return categories;
    }
}
