package vn.provportal.portal.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.provportal.widget.boundary.RenderedWidget;
import vn.provportal.widget.boundary.Widgets;
import vn.provportal.widget.entity.Region;

/** The widgets of the page's regions, each region loaded once per request and only if the page shows it. */
@Named("regions")
@RequestScoped
public class Regions {

    @Inject
    Widgets widgets;

    private final Map<Region, List<RenderedWidget>> loaded = new EnumMap<>(Region.class);

    public List<RenderedWidget> getMain() {
        return of(Region.MAIN);
    }

    public List<RenderedWidget> getSidebar() {
        return of(Region.SIDEBAR);
    }

    public List<RenderedWidget> getFooter() {
        return of(Region.FOOTER);
    }

    private List<RenderedWidget> of(Region region) {
        return loaded.computeIfAbsent(region, widgets::region);
    }
}
