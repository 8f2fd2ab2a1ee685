package vn.provportal.portal.widgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.provportal.content.boundary.Articles;
import vn.provportal.widget.boundary.Widget;
import vn.provportal.widget.entity.WidgetPlacement;

/** "Tin đọc nhiều": the most read articles. Setting {@code count} (default 5). */
@ApplicationScoped
public class MostViewedWidget implements Widget {

    @Inject
    Articles articles;

    @Override
    public String type() {
        return "most-viewed";
    }

    @Override
    public String template() {
        return "/WEB-INF/widgets/most-viewed.xhtml";
    }

    @Override
    public Object model(WidgetPlacement placement) {
        return articles.mostViewed(placement.intSetting("count", 5));
    }
}
