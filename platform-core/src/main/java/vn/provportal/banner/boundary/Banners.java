package vn.provportal.banner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.provportal.banner.entity.Banner;
import vn.provportal.platform.persistence.TenantScoped;

/** The current province's banners. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Banners {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public List<Banner> shownNow(int max) {
        return em.createNamedQuery(Banner.SHOWN_AT, Banner.class).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
    }

    public Banner add(Banner banner) {
        em.persist(banner);
        return banner;
    }
}
