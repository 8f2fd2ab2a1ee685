package vn.provportal.portal.widgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.provportal.content.boundary.Articles;
import vn.provportal.widget.boundary.Widget;
import vn.provportal.widget.entity.WidgetPlacement;

/** "Tin nổi bật": the newest featured articles, large. Setting {@code count} (default 1). */
@ApplicationScoped
public class FeaturedNewsWidget implements Widget {

    @Inject
    Articles articles;

    @Override
    public String type() {
        return "featured-news";
    }

    @Override
    public String template() {
        return "/WEB-INF/widgets/featured-news.xhtml";
    }

    @Override
    public Object model(WidgetPlacement placement) {
        return articles.featured(placement.intSetting("count", 1));
    }
}
