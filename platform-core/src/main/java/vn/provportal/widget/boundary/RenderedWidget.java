package vn.provportal.widget.boundary;

import vn.provportal.widget.entity.WidgetPlacement;

/** A placement with the Facelet that renders it and the data it shows. */
public record RenderedWidget(WidgetPlacement widget, String template, Object model) {

    public WidgetPlacement getWidget() {
        return widget;
    }

    public String getTemplate() {
        return template;
    }

    public Object getModel() {
        return model;
    }
}
