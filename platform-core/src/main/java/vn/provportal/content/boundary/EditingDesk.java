package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleAutosave;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.tenant.boundary.CurrentTenant;

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

    @Inject
    CurrentTenant currentTenant;

    /**
     * The editor opened the article: from now on the user counts as present. Answers what this user left unsaved
     * there — only if it differs from what is saved — and who else has it open.
     */
    public Optional<Unsaved> open(long articleId, String user, Instant now) {
        ArticleAutosave desk = desk(articleId, user);
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
        desk(articleId, user).keep(draft, now);
    }

    /** The page is still open, nothing new typed. */
    public void stillThere(long articleId, String user, Instant now) {
        desk(articleId, user).seen(now);
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
            desk(articleId, user).seen(now);
        }
    }

    /** The user chose not to restore what was kept. */
    public void discard(long articleId, String user) {
        mine(articleId, user).ifPresent(ArticleAutosave::clear);
    }

    private Optional<ArticleAutosave> mine(long articleId, String user) {
        return ofUser(articleId, user).getResultStream().findFirst();
    }

    private TypedQuery<ArticleAutosave> ofUser(long articleId, String user) {
        return em.createNamedQuery(ArticleAutosave.OF_USER, ArticleAutosave.class).setParameter("article", articleId)
                .setParameter("user", user);
    }

    /**
     * The user's desk at the article, made if there is none. Found under load: two sessions of one editor opening a new
     * article at the same instant both found none, both inserted one, and the second was answered 500 by the unique key
     * (province, article, user). So the row is inserted unless it exists — waiting for the other session's insert
     * until it commits — and then read with a lock, which sees that other session's row where a plain read of this
     * transaction's snapshot would not.
     */
    private ArticleAutosave desk(long articleId, String user) {
        Optional<ArticleAutosave> mine = mine(articleId, user);
        if (mine.isPresent()) {
            return mine.get();
        }
        em.createNativeQuery("INSERT IGNORE INTO article_autosave (tenant_id, article_id, user_name) VALUES (?, ?, ?)")
                .setParameter(1, currentTenant.get().getCode().value()).setParameter(2, articleId).setParameter(3, user)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
        return ofUser(articleId, user).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }
}
