package vn.provportal.admin.site;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.Categories;
import vn.provportal.content.entity.Category;
import vn.provportal.menu.boundary.Menus;
import vn.provportal.menu.entity.MenuItem;

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
        boolean done = Faces.attempt(() -> menus.save(id, label, categoryId, url, parentId, position),
                "Đã lưu mục menu " + label);
        return done ? "/site/menu?faces-redirect=true" : null;
    }

    public void delete(long itemId) {
        Faces.attempt(() -> menus.remove(itemId), "Đã xoá mục menu");
    }

    public List<MenuItem> getItems() {
        return menus.items();
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
