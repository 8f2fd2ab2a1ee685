package vn.provportal.page.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.entity.Slug;
import vn.provportal.page.entity.StaticPage;
import vn.provportal.platform.persistence.TenantScoped;

/** The current province's fixed pages. */
@ApplicationScoped
@Transactional
@TenantScoped
public class StaticPages {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public Optional<StaticPage> find(String language, String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaticPage.BY_SLUG, StaticPage.class).setParameter("language", language)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public List<StaticPage> inLanguage(String language) {
        return em.createNamedQuery(StaticPage.IN_LANGUAGE, StaticPage.class).setParameter("language", language)
                .getResultList();
    }

    public StaticPage add(StaticPage page) {
        em.persist(page);
        return page;
    }
}
