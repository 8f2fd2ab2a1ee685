package vn.provportal.widget.boundary;

import vn.provportal.widget.entity.WidgetPlacement;

/**
 * A kind of block a province can place on its pages. Implement it as an {@code @ApplicationScoped} bean
 * and add the Facelet named by {@link #template()}; the Facelet sees the placement as {@code widget} and
 * what {@link #model} returns as {@code model}.
 */
public interface Widget {

    /** The name placements refer to, such as {@code latest-news}; stable once provinces use it. */
    String type();

    /** The Facelet that renders this widget, relative to the web application. */
    String template();

    /** What the Facelet shows, computed in the request's province and transaction. */
    Object model(WidgetPlacement placement);
}
