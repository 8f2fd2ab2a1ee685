package vn.provportal.banner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.provportal.banner.entity.Banner;
import vn.provportal.media.boundary.PublicUse;
import vn.provportal.platform.persistence.TenantScoped;

/** Banner images are public once they are on a banner: its schedule hides the banner, not its picture. */
@ApplicationScoped
@Transactional
@TenantScoped
public class BannerImages implements PublicUse, vn.provportal.media.boundary.MediaUses {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Override
    public boolean shows(String sha256) {
        return em.createNamedQuery(Banner.COUNT_WITH_IMAGE, Long.class).setParameter("sha256", sha256)
                .getSingleResult() > 0;
    }

    @Override
    public java.util.List<String> of(String sha256) {
        return em.createNamedQuery(Banner.WITH_IMAGE, Banner.class).setParameter("sha256", sha256).getResultStream()
                .map(b -> "Băng rôn «" + b.getTitle() + "»").toList();
    }
}
