package vn.provportal.portal.widgets;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import vn.provportal.widget.boundary.Widget;
import vn.provportal.widget.entity.WidgetPlacement;

/**
 * Links to other agencies (Decree 42/2022, Art. 7). Setting {@code links}: {@code label|https://...}
 * pairs separated by {@code ;}. Only http(s) addresses are kept.
 */
@ApplicationScoped
public class AgencyLinksWidget implements Widget {

    /** One link as shown. */
    public record Link(String label, String url) {

        public String getLabel() {
            return label;
        }

        public String getUrl() {
            return url;
        }
    }

    @Override
    public String type() {
        return "agency-links";
    }

    @Override
    public String template() {
        return "/WEB-INF/widgets/agency-links.xhtml";
    }

    @Override
    public Object model(WidgetPlacement placement) {
        return parse(placement.settings().getProperty("links", ""));
    }

    static List<Link> parse(String links) {
        return Arrays.stream(links.split(";"))
                .map(pair -> pair.split("\\|", 2))
                .filter(pair -> pair.length == 2 && pair[1].strip().matches("https?://[^\\s\"<>]+"))
                .map(pair -> new Link(pair[0].strip(), pair[1].strip()))
                .toList();
    }
}
