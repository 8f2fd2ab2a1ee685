package vn.provportal.menu.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.provportal.content.entity.Category;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Ordering;
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

    /** Every entry, each followed by its sub-entries, in the portal's order: as the management screen lists them. */
    public List<MenuItem> items() {
        List<MenuItem> all = em.createNamedQuery(MenuItem.ALL, MenuItem.class).getResultList();
        List<MenuItem> ordered = new ArrayList<>(all.size());
        depthFirst(null, all, ordered);
        return ordered;
    }

    /**
     * Puts the entries in the order of {@code ids}, every entry named once (a row dragged on the screen); an entry's
     * place among its siblings follows. Refused whole when the list changed meanwhile.
     */
    public void reorder(List<Long> ids) {
        Ordering.apply(items(), ids, MenuItem::getId, MenuItem::placeAt);
        activities.fire(new Activity("menu.reordered", ids.size() + " mục"));
    }

    /** One place up ({@code -1}) or down ({@code +1}) among the entries of the same parent: the keyboard's way. */
    public void move(long id, int step) {
        MenuItem item = get(id);
        List<MenuItem> ordered = items();
        List<Long> siblings = ordered.stream().filter(i -> i.getParent() == item.getParent()).map(MenuItem::getId).toList();
        List<Long> moved = Ordering.moved(ordered.stream().map(MenuItem::getId).toList(), siblings, id, step);
        Ordering.apply(ordered, moved, MenuItem::getId, MenuItem::placeAt);
        activities.fire(new Activity("menu.reordered", item.getLabel()));
    }

    public Optional<MenuItem> find(long id) {
        return Optional.ofNullable(em.find(MenuItem.class, id));
    }

    /** Creates ({@code id} null) or changes an entry; category and parent must be this province's own. */
    public MenuItem save(Long id, String label, Long categoryId, String url, Long parentId, int position) {
        Category category = categoryId == null ? null : Optional.ofNullable(em.find(Category.class, categoryId))
                .orElseThrow(() -> InvalidInput.of("content.no-such-category"));
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
            throw InvalidInput.of("menu.remove-sub-items-first", item.getLabel());
        }
        em.remove(item);
        activities.fire(new Activity("menu.deleted", item.getLabel()));
    }

    private MenuItem get(long id) {
        return find(id).orElseThrow(() -> InvalidInput.of("menu.no-such-menu-item"));
    }

    private static void depthFirst(MenuItem parent, List<MenuItem> all, List<MenuItem> into) {
        for (MenuItem item : all) {
            if (item.getParent() == parent) {
                into.add(item);
                depthFirst(item, all, into);
            }
        }
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
