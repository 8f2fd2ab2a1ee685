package vn.provportal.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.provportal.content.boundary.ArticleSearch;
import vn.provportal.content.boundary.Categories;
import vn.provportal.content.boundary.SearchHit;
import vn.provportal.content.boundary.SearchQuery;
import vn.provportal.content.control.SearchTerms;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.Slice;
import vn.provportal.portal.routing.PortalPaths;

/**
 * "Tìm kiếm" within the current province from a plain GET form: words ({@code q}), category
 * ({@code chuyen-muc}), date range ({@code tu}, {@code den}, yyyy-MM-dd) and page ({@code trang}).
 * Anything malformed is ignored rather than refused.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    ArticleSearch search;

    @Inject
    Categories provinceCategories;

    @Inject
    PortalPaths paths;

    private String query;
    private String categorySlug;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private Slice<SearchHit> slice;
    private List<Category> categories;

    private void read() {
        if (query != null) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String q = params.getOrDefault("q", "");
        query = q.length() > SearchTerms.MAX_INPUT ? q.substring(0, SearchTerms.MAX_INPUT) : q;
        String category = params.get("chuyen-muc");
        categorySlug = Slug.isWellFormed(category) ? category : null;
        from = date(params.get("tu"));
        to = date(params.get("den"));
        page = Slice.pageParameter(params.get("trang"));
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.length() != 10 ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getQuery() {
        read();
        return query;
    }

    public String getCategorySlug() {
        read();
        return categorySlug;
    }

    public String getFrom() {
        read();
        return from == null ? "" : from.toString();
    }

    public String getTo() {
        read();
        return to == null ? "" : to.toString();
    }

    public boolean isSearched() {
        return !SearchTerms.parse(getQuery()).isEmpty();
    }

    public Slice<SearchHit> getSlice() {
        if (slice == null) {
            read();
            slice = search.search(new SearchQuery(SearchTerms.parse(query), categorySlug, from, to, page, PAGE_SIZE));
        }
        return slice;
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = provinceCategories.all();
        }
        return categories;
    }

    public String pageLink(int number) {
        read();
        StringBuilder link = new StringBuilder(paths.getSearch()).append("?q=").append(paths.encoded(query));
        if (categorySlug != null) {
            link.append("&chuyen-muc=").append(categorySlug);
        }
        if (from != null) {
            link.append("&tu=").append(from);
        }
        if (to != null) {
            link.append("&den=").append(to);
        }
        return link.append("&trang=").append(number).toString();
    }
}
