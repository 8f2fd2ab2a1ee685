package vn.provportal.menu.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.provportal.content.entity.Category;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantScoped;

/** The current province's menu, read in one query and assembled into a tree. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Menus {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public List<MenuEntry> tree() {
        List<MenuItem> items = em.createNamedQuery(MenuItem.ALL, MenuItem.class).getResultList();
        return childrenOf(null, items);
    }

    public MenuItem add(MenuItem item) {
        em.persist(item);
        em.flush();
        return item;
    }

    /** Every entry, parents before children, as the management screen lists them. */
    public List<MenuItem> items() {
        return em.createNamedQuery(MenuItem.ALL, MenuItem.class).getResultList();
    }

    public Optional<MenuItem> find(long id) {
        return Optional.ofNullable(em.find(MenuItem.class, id));
    }

    /** Creates ({@code id} null) or changes an entry; category and parent must be this province's own. */
    public MenuItem save(Long id, String label, Long categoryId, String url, Long parentId, int position) {
        Category category = categoryId == null ? null : Optional.ofNullable(em.find(Category.class, categoryId))
                .orElseThrow(() -> new InvalidInput("Chuyên mục không tồn tại", "No such category"));
        MenuItem parent = parentId == null ? null : get(parentId);
        MenuItem item;
        if (id == null) {
            item = new MenuItem(parent, label, category, url, position);
            em.persist(item);
        } else {
            item = get(id);
            item.change(parent, label, category, url, position);
        }
        activities.fire(new Activity(id == null ? "menu.created" : "menu.updated", item.getLabel()));
        return item;
    }

    /** Removes an entry without sub-entries. */
    public void remove(long id) {
        MenuItem item = get(id);
        if (items().stream().anyMatch(i -> i.getParent() != null && i.getParent().getId().equals(id))) {
            throw new InvalidInput("Hãy xoá hoặc chuyển các mục con của \"" + item.getLabel() + "\" trước",
                    "Remove its sub-items first");
        }
        em.remove(item);
        activities.fire(new Activity("menu.deleted", item.getLabel()));
    }

    private MenuItem get(long id) {
        return find(id).orElseThrow(() -> new InvalidInput("Không tìm thấy mục menu", "No such menu item"));
    }

    private static List<MenuEntry> childrenOf(MenuItem parent, List<MenuItem> items) {
        return items.stream()
                .filter(i -> Objects.equals(i.getParent() == null ? null : i.getParent().getId(),
                        parent == null ? null : parent.getId()))
                .map(i -> new MenuEntry(i.getLabel(),
                        i.getCategory() == null ? null : i.getCategory().getSlug().value(), i.getUrl(),
                        childrenOf(i, items)))
                .toList();
    }
}
