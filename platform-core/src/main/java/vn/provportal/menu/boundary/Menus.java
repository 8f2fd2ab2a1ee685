package vn.provportal.menu.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.platform.persistence.TenantScoped;

/** The current province's menu, read in one query and assembled into a tree. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Menus {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public List<MenuEntry> tree() {
        List<MenuItem> items = em.createNamedQuery(MenuItem.ALL, MenuItem.class).getResultList();
        return childrenOf(null, items);
    }

    public MenuItem add(MenuItem item) {
        em.persist(item);
        em.flush();
        return item;
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
