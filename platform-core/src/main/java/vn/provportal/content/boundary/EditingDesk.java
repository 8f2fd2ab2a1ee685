package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleAutosave;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * The editor's desk in the current province: what each user typed and has not saved yet (kept by the page every
 * ~30 s and when it is left), and who has an article open right now, so a second editor is warned before a
 * conflicting edit. Nothing here changes an article or is announced: only {@link Newsroom} saves, and checks.
 * Article 0 stands for the user's new article before its first save.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class EditingDesk {

    /** What a user left unsaved, and when it was kept. */
    public record Unsaved(ArticleDraft draft, Instant keptAt) implements java.io.Serializable {
    }

    /** Someone else with the article open in the editor, since when. */
    public record Present(String user, Instant since) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /**
     * The editor opened the article: from now on the user counts as present. Answers what this user left unsaved
     * there — only if it differs from what is saved — and who else has it open.
     */
    public Optional<Unsaved> open(long articleId, String user, Instant now) {
        ArticleAutosave desk = mine(articleId, user).orElseGet(() -> create(articleId, user));
        desk.seen(now);
        if (!desk.hasText()) {
            return Optional.empty();
        }
        ArticleDraft kept = desk.draft();
        Article saved = articleId == 0 ? null : em.find(Article.class, articleId);
        if (saved != null && desk.holdsWhatIsSavedIn(saved)) {
            desk.clear();
            return Optional.empty();
        }
        return Optional.of(new Unsaved(kept, desk.getSavedAt()));
    }

    /** Others who have the article open in the editor now, longest first. */
    public List<Present> others(long articleId, String user, Instant now) {
        if (articleId == 0) {
            return List.of();
        }
        return em.createNamedQuery(ArticleAutosave.OTHERS_PRESENT, ArticleAutosave.class)
                .setParameter("article", articleId).setParameter("user", user)
                .setParameter("since", now.minus(ArticleAutosave.PRESENT)).getResultStream()
                .map(a -> new Present(a.getUserName(), a.getOpenSince())).toList();
    }

    /** Keeps what the form holds (a change since the last keep), and counts the user present. */
    public void keep(long articleId, String user, ArticleDraft draft, Instant now) {
        mine(articleId, user).orElseGet(() -> create(articleId, user)).keep(draft, now);
    }

    /** The page is still open, nothing new typed. */
    public void stillThere(long articleId, String user, Instant now) {
        mine(articleId, user).orElseGet(() -> create(articleId, user)).seen(now);
    }

    /** The page was left (closed, reloaded, another address): no longer present; kept text stays. */
    public void left(long articleId, String user) {
        mine(articleId, user).ifPresent(ArticleAutosave::left);
    }

    /** The user saved: what was kept is in the article now. A new article's desk moves to its id. */
    public void saved(long deskArticleId, long articleId, String user, Instant now) {
        Optional<ArticleAutosave> desk = mine(deskArticleId, user);
        desk.ifPresent(ArticleAutosave::clear);
        if (deskArticleId != articleId) {
            desk.ifPresent(em::remove);
            mine(articleId, user).orElseGet(() -> create(articleId, user)).seen(now);
        }
    }

    /** The user chose not to restore what was kept. */
    public void discard(long articleId, String user) {
        mine(articleId, user).ifPresent(ArticleAutosave::clear);
    }

    private Optional<ArticleAutosave> mine(long articleId, String user) {
        return em.createNamedQuery(ArticleAutosave.OF_USER, ArticleAutosave.class).setParameter("article", articleId)
                .setParameter("user", user).getResultStream().findFirst();
    }

    private ArticleAutosave create(long articleId, String user) {
        ArticleAutosave desk = new ArticleAutosave(articleId, user);
        em.persist(desk);
        return desk;
    }
}
