package vn.provportal.portal.widgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.widget.boundary.Widget;
import vn.provportal.widget.entity.WidgetPlacement;

/**
 * The latest articles of one category ({@code category=<slug>}), or of the whole province without it.
 * Setting {@code count} (default 5).
 */
@ApplicationScoped
public class LatestNewsWidget implements Widget {

    /** What the Facelet shows: the category (null for all news) and its articles. */
    public record Model(Category category, List<Article> articles) {

        public Category getCategory() {
            return category;
        }

        public List<Article> getArticles() {
            return articles;
        }
    }

    @Inject
    Articles articles;

    @Override
    public String type() {
        return "latest-news";
    }

    @Override
    public String template() {
        return "/WEB-INF/widgets/latest-news.xhtml";
    }

    @Override
    public Object model(WidgetPlacement placement) {
        int count = placement.intSetting("count", 5);
        String slug = placement.settings().getProperty("category");
        if (slug == null) {
            return new Model(null, articles.latestPublished(count));
        }
        return articles.findCategory(slug)
                .map(c -> new Model(c, articles.inCategory(c, 1, count).items()))
                .orElse(new Model(null, List.of()));
    }
}
