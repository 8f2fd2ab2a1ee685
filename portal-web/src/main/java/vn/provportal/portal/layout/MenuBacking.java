package vn.provportal.portal.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.menu.boundary.MenuEntry;
import vn.provportal.menu.boundary.Menus;

/** The province's menu for the page header. */
@Named
@RequestScoped
public class MenuBacking {

    @Inject
    Menus menus;

    private List<MenuEntry> entries;

    public List<MenuEntry> getEntries() {
        if (entries == null) {
            entries = menus.tree();
        }
        return entries;
    }
}
