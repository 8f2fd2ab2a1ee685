package vn.provportal.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.provportal.comment.entity.Comment;
import vn.provportal.comment.entity.CommentStatus;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.demo.control.VolumeText;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.platform.persistence.TenantDiscriminator;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.Theme;

/**
 * One step of the volume demo, in its own transaction: a province with its portal furniture, or the next batch of
 * its articles. Articles are made by the domain (the entity's rules, sanitised and NFC-normalised text, published
 * by {@code Article.publish}); every fifth gets two approved comments; all share the two demo photos' bytes. The
 * province's row is locked without waiting, so two applications or nodes never fill the same province at once.
 */
@ApplicationScoped
public class VolumeBatch {

    /** Dates start here and advance four hours per article: 6,000 articles span 1,000 days. */
    private static final Instant FIRST = Instant.parse("2023-01-01T01:00:00Z");

    @Inject
    Tenants tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DemoPortal portal;

    @Inject
    MediaLibrary media;

    @Inject
    vn.provportal.people.boundary.Directory directory;

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensureProvince(VolumeProvince province) {
        TenantDiscriminator.bind(em, province.code().value());
        if (tenants.findByCode(province.code().value()).isPresent()) {
            return;
        }
        Tenant tenant = tenants.register(province.code(), province.nameVi(), province.nameEn(), Theme.policeRed(),
                List.of(province.code().value() + ".localhost"));
        currentTenant.callAs(tenant, () -> {
            portal.furnish(tenant, media.store(photo(1)).getSha256());
            return null;
        });
        em.flush();
        // every province has its groups in Keycloak, as provisioning gives them (the launcher checks both sides)
        directory.createProvinceGroups(province.code().value());
    }

    /**
     * Adds up to {@code size} articles until the province holds {@code target}.
     *
     * @return how many were added: 0 once the province is full
     * @throws jakarta.persistence.PersistenceException when another application is filling this province now
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int addArticles(String code, int target, int size) {
        TenantDiscriminator.bind(em, code);
        Tenant tenant = em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", 0)
                .getSingleResult();
        return currentTenant.callAs(tenant, () -> {
            long held = em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult();
            int adding = (int) Math.max(0, Math.min(size, target - held));
            if (adding == 0) {
                return 0;
            }
            List<Category> categories = em.createQuery("SELECT c FROM Category c ORDER BY c.position, c.id",
                    Category.class).getResultList();
            String[] photos = {media.store(photo(1)).getSha256(), media.store(photo(2)).getSha256()};
            Instant now = Instant.now();
            for (int i = 1; i <= adding; i++) {
                add(tenant, (int) held + i, categories, photos, now);
            }
            return adding;
        });
    }

    private void add(Tenant tenant, int number, List<Category> categories, String[] photos, Instant now) {
        VolumeText.Text text = VolumeText.article(tenant.getNameVi(), number);
        Article article = new Article(text.title(), text.lead(), text.bodyHtml(), text.author(),
                categories.get(number % categories.size()), now);
        article.addImage(photos[number % 2], text.caption(), text.caption());
        article.publish(FIRST.plus(Duration.ofHours(4L * number)), now);
        em.persist(article);
        if (number % 5 == 0) {
            for (int c = 0; c < 2; c++) {
                VolumeText.Opinion opinion = VolumeText.opinion(tenant.getNameVi(), number, c);
                Comment comment = new Comment(article, opinion.name(), null, opinion.body(), null, now);
                comment.moderate(CommentStatus.APPROVED, "kiem-duyet", now);
                em.persist(comment);
            }
        }
    }

    private static byte[] photo(int n) {
        return DemoArticleFile.resource("hoi-nghi-so-ket-" + n + ".jpg");
    }
}
