package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.redirect.boundary.Redirects;

/**
 * The current province's newsroom: drafts written, edited under optimistic locking, and moved through the
 * workflow. An id of another province is simply not found. Every change is announced for the audit trail.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Newsroom {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Redirects redirects;

    @Inject
    Event<Activity> activities;

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Article write(String title, String lead, String body, String author, Long categoryId, String user) {
        Article article = new Article(title, lead, body, author, category(categoryId), Instant.now());
        article.writtenBy(user);
        em.persist(article);
        em.flush();
        announce("article.created", article);
        return article;
    }

    /**
     * Saves an edit made on the version the editor loaded; if someone saved in between, nothing is written and
     * the editor is told who changed it (their text stays in their form).
     */
    public Article edit(long id, long loadedVersion, String title, String lead, String body, String author,
            Long categoryId) {
        Article article = get(id);
        if (article.getVersion() != loadedVersion) {
            throw new InvalidInput("Bài viết vừa được người khác lưu (lúc " + vn.provportal.platform.VietnamTime
                    .dateTime(article.getUpdatedAt()) + "). Nội dung bạn nhập vẫn còn trong biểu mẫu; hãy tải lại "
                    + "để xem bản mới rồi áp dụng lại thay đổi.", "Someone else saved this article meanwhile");
        }
        article.edit(title, lead, body, author, category(categoryId), Instant.now());
        announce("article.updated", article);
        return article;
    }

    /**
     * Changes an article's address; once the article has been online, the old address answers 301 to the new
     * one, so links shared by citizens keep working.
     */
    public Article changeSlug(long id, String newSlug) {
        String candidate = newSlug == null ? "" : newSlug.strip();
        if (!vn.provportal.content.entity.Slug.isWellFormed(candidate)) {
            throw new InvalidInput("Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (vd. tin-moi-2026)",
                    "Lower-case ASCII words joined by hyphens");
        }
        Article article = get(id);
        if (candidate.equals(article.getSlug().value())) {
            return article;
        }
        if (em.createNamedQuery(Article.COUNT_WITH_SLUG, Long.class).setParameter("slug", candidate).getSingleResult() > 0) {
            throw new InvalidInput("Đường dẫn \"" + candidate + "\" đã được bài khác dùng", "That address is taken");
        }
        boolean wasOnline = article.getPublishedAt() != null;
        var old = article.changeSlug(new vn.provportal.content.entity.Slug(candidate), Instant.now());
        if (wasOnline) {
            redirects.add("/tin-tuc/" + old.value(), "/tin-tuc/" + candidate);
        }
        announce("article.slug-changed", article);
        return article;
    }

    public Article submit(long id) {
        return act(id, "article.submitted", a -> a.submitForReview(Instant.now()));
    }

    public Article approve(long id, String publisher, Instant at) {
        return act(id, "article.approved", a -> a.approve(publisher, at == null ? Instant.now() : at, Instant.now()));
    }

    public Article returnToEditor(long id, String comment) {
        return act(id, "article.returned", a -> a.returnToEditor(comment, Instant.now()));
    }

    public Article reject(long id, String comment) {
        return act(id, "article.rejected", a -> a.reject(comment, Instant.now()));
    }

    public Article forcePublish(long id, String reason) {
        return act(id, "article.force-published", a -> a.forcePublish(reason, Instant.now()));
    }

    public Article withdraw(long id, String reason) {
        return act(id, "article.withdrawn", a -> a.withdraw(reason, Instant.now()));
    }

    /** Takes the article down; its address then answers 301 to {@code redirectTo}. */
    public Article unpublish(long id, String reason, String redirectTo) {
        Article article = act(id, "article.unpublished", a -> a.unpublish(reason, redirectTo, Instant.now()));
        redirects.add("/tin-tuc/" + article.getSlug().value(), redirectTo);
        return article;
    }

    private Article act(long id, String action, Consumer<Article> change) {
        Article article = get(id);
        change.accept(article);
        announce(action, article);
        return article;
    }

    private Article get(long id) {
        return find(id).orElseThrow(() -> new InvalidInput("Không tìm thấy bài viết", "No such article"));
    }

    private Category category(Long id) {
        return id == null ? null : em.find(Category.class, id);
    }

    private void announce(String action, Article article) {
        activities.fire(new Activity(action, "Bài #" + article.getId() + " \"" + article.getTitle() + "\" → "
                + article.getStatus()));
    }
}
