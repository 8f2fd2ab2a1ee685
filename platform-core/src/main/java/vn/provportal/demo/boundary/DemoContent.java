package vn.provportal.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.platform.persistence.TenantDiscriminator;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/** Creates one demo province with its content in one transaction: all of it or nothing. */
@ApplicationScoped
public class DemoContent {

    @Inject
    Tenants tenants;

    @Inject
    Articles articles;

    @Inject
    MediaLibrary media;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DemoPortal portal;

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** Returns false where the province exists already (a restart, or the other web application won). */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean seed(DemoProvince province) {
        TenantDiscriminator.bind(em, province.code().value());
        if (tenants.findByCode(province.code().value()).isPresent()) {
            return false;
        }
        Tenant tenant = tenants.register(province.code(), province.nameVi(), province.nameEn(), province.theme(),
                province.hostnames());
        return currentTenant.callAs(tenant, () -> {
            List<Article> published = province.articleFiles().stream().map(DemoArticleFile::load)
                    .map(this::publish).toList();
            published.get(0).feature(true);
            portal.furnish(tenant, published.get(0).getImages().get(0).getMediaSha256());
            return true;
        });
    }

    private Article publish(DemoArticleFile file) {
        Category category = em.createNamedQuery(Category.BY_SLUG, Category.class)
                .setParameter("slug", file.categorySlug())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> articles.save(
                        new Category(SlugGenerator.slugOf(file.categoryName()), file.categoryName(), 0)));
        MediaFile image = media.store(file.imageBytes());
        Article article = new Article(file.title(), file.lead(), file.bodyHtml(), file.author(), category,
                Instant.now());
        article.addImage(image.getSha256(), file.caption(), file.caption());
        article.publish(file.published(), Instant.now());
        return articles.save(article);
    }
}
