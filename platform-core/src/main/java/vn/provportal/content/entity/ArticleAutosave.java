package vn.provportal.content.entity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.control.ArticleHtml;
import vn.provportal.platform.Nfc;

/**
 * One user's desk for one article: the text typed and not saved yet (kept as typed, unchecked — it becomes an
 * article only through {@code Newsroom}'s save, which checks it), and whether the article is open in that user's
 * editor now. Article 0 is the user's new article before its first save. The text is kept until the user saves or
 * discards it; the presence ends when the page is left, or {@link #PRESENT} after the editor's last sign of life.
 */
@Entity
@Table(name = "article_autosave")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ArticleAutosave.OF_USER, query = "SELECT a FROM ArticleAutosave a WHERE a.articleId = :article "
        + "AND a.userName = :user")
@NamedQuery(name = ArticleAutosave.OTHERS_PRESENT, query = "SELECT a FROM ArticleAutosave a WHERE a.articleId = :article "
        + "AND a.userName <> :user AND a.seenAt > :since ORDER BY a.openSince")
@NamedQuery(name = ArticleAutosave.UNTOUCHED_SINCE, query = "SELECT a FROM ArticleAutosave a WHERE "
        + "COALESCE(a.seenAt, a.savedAt, a.openSince) < :before")
@NamedQuery(name = ArticleAutosave.OF_ARTICLE, query = "SELECT a FROM ArticleAutosave a WHERE a.articleId = :article")
public class ArticleAutosave {

    public static final String UNTOUCHED_SINCE = "ArticleAutosave.untouchedSince";
    public static final String OF_ARTICLE = "ArticleAutosave.ofArticle";

    public static final String OF_USER = "ArticleAutosave.ofUser";
    public static final String OTHERS_PRESENT = "ArticleAutosave.othersPresent";

    /** How long an editor counts as present after the page's last autosave or heartbeat (sent every 30 s). */
    public static final Duration PRESENT = Duration.ofSeconds(90);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "user_name", nullable = false, length = 100, updatable = false)
    private String userName;

    @Column(name = "has_text", nullable = false)
    private boolean hasText;

    @Column(length = 2000)
    private String title;

    @Column(name = "lead_text")
    private String lead;

    @Column(name = "body_html")
    private String body;

    @Column(length = 1000)
    private String author;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(length = 4000)
    private String tags;

    @Column(length = 2000)
    private String source;

    private String images;

    private String featured;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "open_since")
    private Instant openSince;

    @Column(name = "seen_at")
    private Instant seenAt;

    protected ArticleAutosave() {
    }

    public ArticleAutosave(long articleId, String userName) {
        this.articleId = articleId;
        this.userName = userName;
    }

    /** The editor has the article open (a page load or a heartbeat): present from now for {@link #PRESENT}. */
    public void seen(Instant now) {
        if (!isPresentAt(now)) {
            openSince = now;
        }
        seenAt = now;
    }

    /** The page was left: no longer present; the kept text stays. */
    public void left() {
        seenAt = null;
        openSince = null;
    }

    public boolean isPresentAt(Instant now) {
        return seenAt != null && seenAt.isAfter(now.minus(PRESENT));
    }

    /** Keeps what the form holds now, as typed, cut to the columns' sizes (the save that follows checks it). */
    public void keep(ArticleDraft draft, Instant now) {
        hasText = true;
        title = cut(draft.title(), 2000);
        lead = cut(draft.lead(), 60_000);
        body = cut(draft.body(), 8_000_000);
        author = cut(draft.author(), 1000);
        categoryId = draft.categoryId();
        tags = cut(draft.tags(), 4000);
        source = cut(draft.source(), 2000);
        JsonArrayBuilder list = Json.createArrayBuilder();
        draft.images().forEach(i -> list.add(Json.createObjectBuilder().add("sha256", i.sha256())
                .add("caption", nz(i.caption())).add("alt", nz(i.alt()))));
        images = list.build().toString();
        featured = draft.featuredImage() != null && draft.featuredImage().matches("[0-9a-f]{64}") ? draft.featuredImage() : null;
        savedAt = now;
        seen(now);
    }

    /** Forgets the kept text (saved, or thrown away by its writer). */
    public void clear() {
        hasText = false;
        title = lead = body = author = tags = source = images = featured = null;
        categoryId = null;
        savedAt = null;
    }

    /** Moves a new article's desk (article 0) to the article its first save made. */
    public void becomes(long savedArticleId) {
        articleId = savedArticleId;
    }

    public ArticleDraft draft() {
        List<ImageUse> uses = new ArrayList<>();
        if (images != null) {
            for (JsonObject image : Json.createReader(new StringReader(images)).readArray().getValuesAs(JsonObject.class)) {
                uses.add(new ImageUse(image.getString("sha256"), image.getString("caption"), image.getString("alt")));
            }
        }
        return new ArticleDraft(title, lead, body, author, categoryId, tags, source, uses, featured);
    }

    /**
     * Whether the kept text is what the article holds already (a keep sent as the page was being saved): then it
     * is not worth offering. Compared as the article would store it.
     */
    public boolean holdsWhatIsSavedIn(Article saved) {
        ArticleDraft kept = draft();
        Long category = saved.getCategory() == null ? null : saved.getCategory().getId();
        List<ImageUse> used = saved.getImages().stream()
                .map(i -> new ImageUse(i.getMediaSha256(), i.getCaption(), i.getAltText())).toList();
        return same(kept.title(), saved.getTitle()) && same(kept.lead(), saved.getLead())
                && ArticleHtml.sanitize(kept.body()).equals(nz(saved.getBodyHtml())) && same(kept.author(), saved.getAuthor())
                && Objects.equals(kept.categoryId(), category) && same(Tags.normalize(kept.tags()), saved.getTags())
                && same(kept.source(), saved.getSource()) && kept.images().equals(used);
    }

    private static boolean same(String typed, String saved) {
        return nz(Nfc.normalize(typed)).strip().equals(nz(saved).strip());
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getUserName() {
        return userName;
    }

    public boolean hasText() {
        return hasText;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getOpenSince() {
        return openSince;
    }
}
