package vn.provportal.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.content.boundary.ArticleSearch;
import vn.provportal.content.control.SearchTerms;
import vn.provportal.content.entity.Article;

/** "Tìm kiếm" within the current province, from the {@code q} parameter of a plain GET form. */
@Named
@RequestScoped
public class SearchBacking {

    static final int MAX_RESULTS = 30;

    @Inject
    ArticleSearch search;

    private String query;
    private List<Article> results;

    public String getQuery() {
        if (query == null) {
            String q = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
            query = q == null ? "" : q.length() > SearchTerms.MAX_INPUT ? q.substring(0, SearchTerms.MAX_INPUT) : q;
        }
        return query;
    }

    public List<Article> getResults() {
        if (results == null) {
            results = search.search(SearchTerms.parse(getQuery()), MAX_RESULTS);
        }
        return results;
    }
}
