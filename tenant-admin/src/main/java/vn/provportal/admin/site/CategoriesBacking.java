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

/** Backs {@code /site/categories.xhtml[?id=]}: the province's categories, one edited at a time. */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Categories categories;

    private Long id;
    private String name = "";
    private String slug = "";
    private int position;

    public void load() throws IOException {
        if (id == null || Faces.isPostback()) {
            return;
        }
        var found = categories.find(id);
        if (found.isEmpty()) {
            Faces.notFound();
            return;
        }
        name = found.get().getName();
        slug = found.get().getSlug().value();
        position = found.get().getPosition();
    }

    public String save() {
        return Faces.attemptThenGo(() -> {
            if (id == null) {
                categories.create(name, slug, position);
            } else {
                categories.update(id, name, position);
            }
        }, "/site/categories", "done.category.saved", name);
    }

    public void delete(long categoryId) {
        Faces.attempt(() -> categories.delete(categoryId), "done.category.deleted");
    }

    public List<Category> getAll() {
        return categories.all();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
