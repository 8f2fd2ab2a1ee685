package vn.provportal.portal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Article;

/** A province's home page: its latest published news. */
@Named
@RequestScoped
public class HomeBacking {

    static final int LATEST = 12;

    @Inject
    Articles articles;

    private List<Article> latest;

    public List<Article> getLatest() {
        if (latest == null) {
            latest = articles.latestPublished(LATEST);
        }
        return latest;
    }
}
