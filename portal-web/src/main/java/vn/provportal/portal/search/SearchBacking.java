package vn.provportal.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.provportal.content.boundary.ArticleSearch;
import vn.provportal.content.boundary.Categories;
import vn.provportal.content.boundary.SearchHit;
import vn.provportal.content.boundary.SearchQuery;
import vn.provportal.content.control.SearchTerms;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.Slice;
import vn.provportal.platform.SlidingLimit;
import vn.provportal.portal.comment.FormToken;
import vn.provportal.portal.layout.RegionCache;
import vn.provportal.portal.routing.ClientAddress;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.portal.routing.PostBulkhead;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * "Tìm kiếm" within the current province from a plain GET form: words ({@code q}), category
 * ({@code chuyen-muc}), date range ({@code tu}, {@code den}, yyyy-MM-dd) and page ({@code trang}).
 * Anything malformed is ignored rather than refused; a client over its limit ({@link SearchLimit}) is answered
 * 429 with the form kept and the time to wait, and a search the node has no place for in time ({@link SearchBulkhead})
 * 503 in the same way.
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

    @Inject
    SearchLimit limit;

    @Inject
    FormToken tokens;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SearchBulkhead bulkhead;

    private String query;
    private String categorySlug;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private Slice<SearchHit> slice;
    private List<Category> categories;
    private Long retryAfterSeconds;
    private boolean busy;

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

    /**
     * Every parameter this page reads, as read: what its kept form and results vary by. The words come last, after
     * their length, so no text typed can pass for other parameters.
     */
    public String getAsked() {
        read();
        return String.join("|", String.valueOf(categorySlug), getFrom(), getTo(), String.valueOf(page),
                String.valueOf(query.length()), query);
    }

    public boolean isSearched() {
        return !SearchTerms.parse(getQuery()).isEmpty();
    }

    public Slice<SearchHit> getSlice() {
        if (slice == null) {
            read();
            slice = new Slice<>(List.of(), page, PAGE_SIZE, 0);
            if (!isLimited()) {
                Optional<PostBulkhead.Permit> place = bulkhead.enter();
                if (place.isEmpty()) {
                    tooBusy();
                } else {
                    try (PostBulkhead.Permit held = place.get()) {
                        slice = search.search(new SearchQuery(SearchTerms.parse(query), categorySlug, from, to, page,
                                PAGE_SIZE));
                    }
                }
            }
        }
        return slice;
    }

    /**
     * Whether the node had no place for this search in time ({@link SearchBulkhead}): then the answer is 503 with
     * {@code Retry-After}, the words kept in the form, and nothing of it is kept for the next reader.
     */
    public boolean isBusy() {
        getSlice();
        return busy;
    }

    public int getRetryAfterBusy() {
        return SearchBulkhead.RETRY_AFTER_SECONDS;
    }

    private void tooBusy() {
        busy = true;
        refuse(HttpServletResponse.SC_SERVICE_UNAVAILABLE, SearchBulkhead.RETRY_AFTER_SECONDS);
        RegionCache.keepNothing((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** The answer's status, and when to come back. */
    private static void refuse(int status, long retryAfterSeconds) {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext()
                .getResponse();
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    /** Whether this client is over its search limit; then the answer is 429 with {@code Retry-After}. */
    public boolean isLimited() {
        if (retryAfterSeconds == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            Optional<Duration> wait = limit.search(currentTenant.get().getCode().value(),
                    tokens.clientHash(ClientAddress.of(request)));
            retryAfterSeconds = wait.map(SlidingLimit::seconds).orElse(0L);
            if (wait.isPresent()) {
                refuse(429, retryAfterSeconds);
            }
        }
        return retryAfterSeconds > 0;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds == null ? 0 : retryAfterSeconds;
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
