package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.provportal.content.control.RevisionDiff;
import vn.provportal.content.control.RevisionLog;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleStatus;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.ImageUse;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
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

    @Inject
    Event<ArticleMoved> moves;

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Article write(ArticleDraft draft, String user) {
        Article article = new Article(draft.title(), draft.lead(), draft.body(), draft.author(),
                category(draft.categoryId()), Instant.now());
        article.writtenBy(user);
        article.savedBy(user);
        article.describe(draft.tags(), draft.source());
        giveUniqueAddress(article);
        em.persist(article);
        article.useImages(images(draft), draft.featuredImage(), Instant.now());
        RevisionLog.record(em, article, user, "Tạo bài");
        announce("article.created", article);
        return article;
    }

    /** Two drafts may share a title; the second gets {@code -2} (then {@code -3}…) after its address. */
    private void giveUniqueAddress(Article article) {
        Slug base = article.getSlug();
        Slug candidate = SlugGenerator.firstFree(base, slug -> em.createNamedQuery(Article.COUNT_WITH_SLUG, Long.class)
                .setParameter("slug", slug).getSingleResult() > 0);
        if (!candidate.equals(base)) {
            article.changeSlug(candidate, Instant.now());
        }
    }

    /**
     * Saves an edit made on the version the editor loaded. If someone saved in between, nothing is written
     * and the editor is told who saved, when, and which fields they changed; the editor's text stays in the form.
     */
    public Article edit(long id, long loadedVersion, ArticleDraft draft, String user) {
        Article article = get(id);
        if (article.getVersion() != loadedVersion) {
            throw conflict(article, loadedVersion);
        }
        article.edit(draft.title(), draft.lead(), draft.body(), draft.author(), category(draft.categoryId()), Instant.now());
        article.describe(draft.tags(), draft.source());
        article.useImages(images(draft), draft.featuredImage(), Instant.now());
        article.savedBy(user);
        RevisionLog.record(em, article, user, null);
        announce("article.updated", article);
        return article;
    }

    private EditConflict conflict(Article article, long loadedVersion) {
        RevisionDiff.Text started = RevisionLog.asOf(em, article.getId(), loadedVersion).map(RevisionLog::text).orElse(null);
        List<String> changed = started == null ? List.of() : RevisionDiff.changedFields(started, RevisionLog.text(article));
        String who = article.getUpdatedBy() == null ? "người khác" : article.getUpdatedBy();
        String what = changed.isEmpty() ? "trạng thái duyệt" : String.join(", ", changed);
        ArticleDraft theirs = new ArticleDraft(article.getTitle(), article.getLead(), article.getBodyHtml(), article.getAuthor(),
                article.getCategory() == null ? null : article.getCategory().getId(), article.getTags(), article.getSource(),
                article.getImages().stream().map(i -> new ImageUse(i.getMediaSha256(), i.getCaption(), i.getAltText())).toList(),
                article.getFeaturedImage());
        return new EditConflict(theirs, article.getVersion(), who, article.getUpdatedAt(), started, changed,
                "content.edit-conflict", who, VietnamTime.dateTime(article.getUpdatedAt()), what);
    }

    /** The editor's images, each of which must be in this province's media library. */
    private List<ImageUse> images(ArticleDraft draft) {
        for (ImageUse use : draft.images()) {
            long known = em.createNamedQuery(vn.provportal.media.entity.MediaFile.COUNT_WITH_SHA256, Long.class)
                    .setParameter("sha256", use.sha256()).getSingleResult();
            if (known == 0) {
                throw InvalidInput.of("content.image-not-province-s");
            }
        }
        return draft.images();
    }

    /**
     * Changes an article's address; once the article has been online, the old address answers 301 to the new
     * one, so links shared by citizens keep working.
     */
    public Article changeSlug(long id, String newSlug, String user) {
        String candidate = newSlug == null ? "" : newSlug.strip();
        if (!vn.provportal.content.entity.Slug.isWellFormed(candidate)) {
            throw InvalidInput.of("content.lower-case-ascii-words");
        }
        Article article = get(id);
        if (candidate.equals(article.getSlug().value())) {
            return article;
        }
        if (em.createNamedQuery(Article.COUNT_WITH_SLUG, Long.class).setParameter("slug", candidate).getSingleResult() > 0) {
            throw InvalidInput.of("content.address-taken", candidate);
        }
        boolean wasOnline = article.getPublishedAt() != null;
        var old = article.changeSlug(new vn.provportal.content.entity.Slug(candidate), Instant.now());
        article.savedBy(user);
        if (wasOnline) {
            redirects.add(Article.PATH + old.value(), Article.PATH + candidate);
        }
        announce("article.slug-changed", article);
        return article;
    }

    public Article submit(long id, String user) {
        return act(id, user, "article.submitted", a -> a.submitForReview(Instant.now()));
    }

    /**
     * A publisher approves: online now, or SCHEDULED until {@code at}; with {@code takeDownAt} the article
     * also leaves the portal on its own at that time.
     */
    public Article approve(long id, String publisher, Instant at, Instant takeDownAt) {
        return act(id, publisher, "article.approved", a -> {
            a.approve(publisher, at == null ? Instant.now() : at, Instant.now());
            if (takeDownAt != null) {
                a.scheduleUnpublish(takeDownAt, Instant.now());
            }
        });
    }

    /** What the article list does to several articles at once. */
    public enum Bulk {
        SUBMIT("Gửi duyệt"), APPROVE("Duyệt và đăng"), MOVE("Chuyển chuyên mục"), UNPUBLISH("Gỡ bài"), TRASH("Chuyển vào thùng rác");

        private final String label;

        Bulk(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Runs one action on several articles of the province, all or nothing: if any article refuses (wrong state, the
     * author approving their own…), nothing changes and the refusal names every article that refused and why.
     * {@code categoryId} is the target of {@link Bulk#MOVE}, {@code reason} the reason of {@link Bulk#UNPUBLISH}.
     */
    public List<Article> bulk(Bulk action, List<Long> ids, Long categoryId, String reason, String user) {
        if (ids.isEmpty()) {
            throw InvalidInput.of("content.no-article-chosen");
        }
        Category target = action == Bulk.MOVE ? category(categoryId) : null;
        if (action == Bulk.MOVE && target == null) {
            throw InvalidInput.of("content.choose-category-move");
        }
        if (action == Bulk.UNPUBLISH && (reason == null || reason.isBlank())) {
            throw InvalidInput.of("content.type-reason-taking-articles");
        }
        List<Article> done = new java.util.ArrayList<>();
        List<String> refused = new java.util.ArrayList<>();
        for (long id : new java.util.LinkedHashSet<>(ids)) {
            try {
                done.add(switch (action) {
                    case SUBMIT -> submit(id, user);
                    case APPROVE -> approve(id, user, null, null);
                    case MOVE -> act(id, user, "article.moved", a -> a.moveTo(target, Instant.now()));
                    case UNPUBLISH -> unpublish(id, reason, "/", user);
                    case TRASH -> trash(id, user);
                });
            } catch (InvalidInput e) {
                refused.add("#" + id + " " + find(id).map(a -> "«" + a.getTitle() + "»").orElse("") + ": " + e.messageVi());
            }
        }
        if (!refused.isEmpty()) {
            throw InvalidInput.of("content.nothing-done-articles-refused", action.label(), refused.size(), (done.size() + refused.size()), String.join("; ", refused));
        }
        return done;
    }

    /** Puts a draft (or a rejected article) in the trash; {@link #restoreFromTrash} brings it back. */
    public Article trash(long id, String user) {
        return act(id, user, "article.trashed", a -> a.trash(user, Instant.now()));
    }

    public Article restoreFromTrash(long id, String user) {
        return act(id, user, "article.restored-from-trash", a -> a.restoreFromTrash(Instant.now()));
    }

    public Article returnToEditor(long id, String comment, String user) {
        return act(id, user, "article.returned", a -> a.returnToEditor(comment, Instant.now()));
    }

    public Article reject(long id, String comment, String user) {
        return act(id, user, "article.rejected", a -> a.reject(comment, Instant.now()));
    }

    public Article forcePublish(long id, String reason, String user) {
        return act(id, user, "article.force-published", a -> a.forcePublish(reason, Instant.now()));
    }

    public Article withdraw(long id, String reason, String user) {
        return act(id, user, "article.withdrawn", a -> a.withdraw(reason, Instant.now()));
    }

    /** Takes the article down; its address then answers 301 to {@code redirectTo}. */
    public Article unpublish(long id, String reason, String redirectTo, String user) {
        Article article = act(id, user, "article.unpublished", a -> a.unpublish(reason, redirectTo, Instant.now()));
        redirects.add(Article.PATH + article.getSlug().value(), redirectTo);
        return article;
    }

    private Article act(long id, String user, String action, Consumer<Article> change) {
        Article article = get(id);
        change.accept(article);
        article.savedBy(user);
        em.flush();
        announce(action, article);
        String reason = switch (action) {
            case "article.returned", "article.rejected" -> article.getReviewComment();
            case "article.withdrawn" -> article.getWithdrawReason();
            default -> null;
        };
        moves.fire(new ArticleMoved(article.getId(), article.getTitle(), action, user, article.getCreatedBy(), reason));
        return article;
    }

    /** An article of this province that the province may change: not one the ministry pushed (locked). */
    private Article get(long id) {
        Article article = find(id).orElseThrow(() -> InvalidInput.of("content.no-such-article"));
        if (article.isLocked()) {
            throw InvalidInput.of("content.locked-article-pushed-by", article.getOrigin());
        }
        return article;
    }

    /** A category of this province; an id of another province (a tampered form) is refused. */
    private Category category(Long id) {
        if (id == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Category.class, id))
                .orElseThrow(() -> InvalidInput.of("content.no-such-category"));
    }

    /**
     * A change of an article no citizen can read — a draft written or saved, its address changed — shows on no page:
     * the province's kept pages stay. Every change of an article online, and every move in the workflow, renews them.
     */
    private void announce(String action, Article article) {
        String detail = "Bài #" + article.getId() + " \"" + article.getTitle() + "\" → " + article.getStatus();
        boolean unseen = !article.getStatus().isOnline() && article.getStatus() != ArticleStatus.SCHEDULED
                && (action.equals("article.created") || action.equals("article.updated")
                        || action.equals("article.slug-changed"));
        activities.fire(unseen ? Activity.backOffice(action, detail) : new Activity(action, detail));
    }
}
