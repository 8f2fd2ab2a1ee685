package vn.provportal.importer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.importer.entity.ImportPlan;
import vn.provportal.importer.entity.ImportedItem;
import vn.provportal.importer.entity.PostBody;
import vn.provportal.importer.entity.SiteExport;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.redirect.boundary.Redirects;
import vn.provportal.redirect.entity.LocalPath;

/**
 * Stores a planned import, inside the caller's transaction: the categories it makes, each post as a published article
 * (published when the old site published it) with its images from the archive, the record of its guid, and a 301 from
 * each of its old addresses to its page.
 */
@ApplicationScoped
public class ArticleImport {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    MediaLibrary media;

    @Inject
    Redirects redirects;

    public int store(ImportPlan plan, ImageArchive images, long batchId, String by) {
        Instant now = Instant.now();
        Map<String, Category> categories = categories(plan);
        Map<String, MediaFile> stored = new HashMap<>();
        for (ImportPlan.Planned planned : plan.posts()) {
            SiteExport.Post post = planned.post();
            PostBody body = planned.body();
            Article article = new Article(post.title(), lead(post.lead()), body.html(), blankToNull(post.author()),
                    categories.get(planned.categorySlug()), now);
            if (!article.getSlug().value().equals(planned.slug())) {
                article.changeSlug(new Slug(planned.slug()), now);
            }
            article.writtenBy(by);
            article.savedBy(by);
            article.describe(String.join(", ", post.tags()), null);
            for (PostBody.Image image : body.images()) {
                MediaFile file = stored.computeIfAbsent(image.key(),
                        key -> media.upload(key.substring(key.lastIndexOf('/') + 1), images.bytes(key), by));
                String caption = image.caption().isBlank() ? null : image.caption();
                article.addImage(file.getSha256(), caption, image.alt().isBlank() && caption == null ? post.title() : image.alt());
            }
            article.publish(post.published() == null || post.published().isAfter(now) ? now : post.published(), now);
            em.persist(article);
            em.flush();
            em.persist(new ImportedItem(post.guid(), article.getId(), batchId, now));
            String page = Article.PATH + planned.slug();
            for (String oldPath : post.oldPaths()) {
                if (!oldPath.equals(page) && oldPath.length() <= LocalPath.MAX_LENGTH && oldPath.chars().allMatch(c -> c > 32 && c < 127)) {
                    redirects.add(oldPath, page);
                }
            }
        }
        return plan.posts().size();
    }

    private Map<String, Category> categories(ImportPlan plan) {
        Map<String, Category> categories = new HashMap<>();
        int position = 100;
        for (ImportPlan.Planned planned : plan.posts()) {
            categories.computeIfAbsent(planned.categorySlug(), slug -> em.createNamedQuery(Category.BY_SLUG, Category.class)
                    .setParameter("slug", slug).getResultStream().findFirst().orElse(null));
        }
        for (Map.Entry<String, String> made : plan.newCategories().entrySet()) {
            Category category = new Category(new Slug(made.getKey()), made.getValue(), position++);
            em.persist(category);
            categories.put(made.getKey(), category);
        }
        return categories;
    }

    /** The old site's excerpt as the lead, as plain text. */
    private static String lead(String excerpt) {
        String text = excerpt == null ? "" : org.jsoup.Jsoup.parse(excerpt).text().strip();
        return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), Article.MAX_LEAD));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().substring(0, Math.min(text.strip().length(), Article.MAX_AUTHOR));
    }
}
