package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.provportal.content.entity.ArticleImage;
import vn.provportal.content.entity.ArticleStatus;
import vn.provportal.media.boundary.PublicUse;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * Images of articles citizens can read: published ones, and withdrawn ones, which stay readable with their notice.
 * For the library, every article that uses an image, in any state (a draft in the trash too).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PublishedImages implements PublicUse, vn.provportal.media.boundary.MediaUses {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Override
    public boolean shows(String sha256) {
        return em.createNamedQuery(ArticleImage.COUNT_READABLE_WITH, Long.class).setParameter("sha256", sha256)
                .setParameter("readable", List.of(ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN))
                .getSingleResult() > 0;
    }

    @Override
    public List<String> of(String sha256) {
        return em.createNamedQuery(ArticleImage.ARTICLES_WITH, vn.provportal.content.entity.Article.class)
                .setParameter("sha256", sha256).getResultStream()
                .map(a -> "Bài #" + a.getId() + " «" + a.getTitle() + "» (" + a.getStatus().label() + (a.isTrashed() ? ", trong thùng rác" : "") + ")")
                .toList();
    }
}
