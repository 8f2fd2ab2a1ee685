package vn.provportal.admin.site;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.ReorderEvent;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.Categories;
import vn.provportal.content.entity.Category;
import vn.provportal.menu.boundary.Menus;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.platform.Ordering;

/** Backs {@code /site/menu.xhtml[?id=]}: the portal's menu entries, each to a category or a link. */
@Named
@ViewScoped
public class MenuBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Menus menus;

    @Inject
    Categories categories;

    private Long id;
    private String label = "";
    private Long categoryId;
    private String url = "";
    private Long parentId;
    private int position;
    private List<Long> shown = List.of();

    public void load() throws IOException {
        if (id == null || Faces.isPostback()) {
            return;
        }
        var found = menus.find(id);
        if (found.isEmpty()) {
            Faces.notFound();
            return;
        }
        MenuItem item = found.get();
        label = item.getLabel();
        categoryId = item.getCategory() == null ? null : item.getCategory().getId();
        url = item.getUrl();
        parentId = item.getParent() == null ? null : item.getParent().getId();
        position = item.getPosition();
    }

    public String save() {
        return Faces.attemptThenGo(() -> menus.save(id, label, categoryId, url, parentId, position),
                "/site/menu", "done.menu.saved", label);
    }

    public void delete(long itemId) {
        Faces.attempt(() -> menus.remove(itemId), "done.menu.deleted");
    }

    /** The keyboard's way to order: a row's up ({@code -1}) or down ({@code +1}) button, among its siblings. */
    public void move(long itemId, int step) {
        Faces.attempt(() -> menus.move(itemId, step), "done.menu.moved", step);
    }

    /** A row dragged and dropped: the order is the list as last shown with that row moved, refused if it changed since. */
    public void onRowReorder(ReorderEvent event) {
        Faces.attempt(() -> menus.reorder(Ordering.dropped(shown, event.getFromIndex(), event.getToIndex())),
                "done.menu.reordered");
    }

    /** The list, read fresh; the ids as rendered are remembered so a drop is measured against what the user saw. */
    public List<MenuItem> getItems() {
        List<MenuItem> list = menus.items();
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            shown = list.stream().map(MenuItem::getId).toList();
        }
        return list;
    }

    public List<Category> getCategories() {
        return categories.all();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
