package vn.provportal.menu.boundary;

import java.util.List;

/** A menu item as the portal shows it: its label, its target and its children. */
public record MenuEntry(String label, String categorySlug, String url, List<MenuEntry> children) {

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    public String getLabel() {
        return label;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public String getUrl() {
        return url;
    }

    public List<MenuEntry> getChildren() {
        return children;
    }
}
