package vn.provportal.portal.widgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.provportal.banner.boundary.Banners;
import vn.provportal.widget.boundary.Widget;
import vn.provportal.widget.entity.WidgetPlacement;

/** "Thông tin tuyên truyền": the banners shown now, with "Xem thêm". Setting {@code count} (default 4). */
@ApplicationScoped
public class BannersWidget implements Widget {

    @Inject
    Banners banners;

    @Override
    public String type() {
        return "banners";
    }

    @Override
    public String template() {
        return "/WEB-INF/widgets/banners.xhtml";
    }

    @Override
    public Object model(WidgetPlacement placement) {
        return banners.shownNow(placement.intSetting("count", 4));
    }
}
