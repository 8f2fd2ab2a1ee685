package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantScoped;

/** The current province's categories as its administrators manage them. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Categories {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public List<Category> all() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    /** A new category; its address is made from the name unless one is given. */
    public Category create(String name, String slug, int position) {
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("content.name-category");
        }
        String wanted = slug == null || slug.isBlank() ? SlugGenerator.slugOf(name).value() : slug.strip();
        if (!Slug.isWellFormed(wanted)) {
            throw InvalidInput.of("content.malformed-address");
        }
        if (em.createNamedQuery(Category.COUNT_WITH_SLUG, Long.class).setParameter("slug", wanted).getSingleResult() > 0) {
            throw InvalidInput.of("content.address-taken-2", wanted);
        }
        Category category = new Category(new Slug(wanted), name.strip(), position);
        em.persist(category);
        activities.fire(new Activity("category.created", category.getName()));
        return category;
    }

    public Category update(long id, String name, int position) {
        Category category = get(id);
        category.rename(name, position);
        activities.fire(new Activity("category.updated", category.getName()));
        return category;
    }

    /** Deletes an empty category; one that still holds articles or menu entries is refused with the counts. */
    public void delete(long id) {
        Category category = get(id);
        long articles = em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.category = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        long menu = em.createQuery("SELECT COUNT(m) FROM MenuItem m WHERE m.category = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        if (articles > 0 || menu > 0) {
            throw InvalidInput.of("content.category-still-use", category.getName(), articles, menu);
        }
        em.remove(category);
        activities.fire(new Activity("category.deleted", category.getName()));
    }

    private Category get(long id) {
        return find(id).orElseThrow(() -> InvalidInput.of("content.no-such-category-2"));
    }
}
