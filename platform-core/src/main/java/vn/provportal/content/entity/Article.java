package vn.provportal.content.entity;

import vn.provportal.platform.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.FetchAttribute;
import org.eclipse.persistence.annotations.FetchGroup;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.content.control.ArticleHtml;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.platform.Nfc;

/**
 * A news article of one province. Born a DRAFT, it may go to review and is PUBLISHED at a moment from
 * which citizens can read it; UNPUBLISHED takes it off the portal again. Text is NFC-normalised on the
 * way in, and the body is sanitised against the article allow-list ({@link ArticleHtml}) whoever writes it.
 */
@Entity
@Table(name = "article")
@FetchGroup(name = Article.LISTED, attributes = {@FetchAttribute(name = "title"), @FetchAttribute(name = "slug"),
        @FetchAttribute(name = "lead"), @FetchAttribute(name = "author"), @FetchAttribute(name = "category"),
        @FetchAttribute(name = "status"), @FetchAttribute(name = "publishedAt"), @FetchAttribute(name = "viewCount"),
        @FetchAttribute(name = "featured"), @FetchAttribute(name = "featuredImage"), @FetchAttribute(name = "origin"),
        @FetchAttribute(name = "updatedAt"),
        @FetchAttribute(name = "images")})
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Article.TRASHED_BEFORE, query = "SELECT a FROM Article a WHERE a.trashedAt < :before ORDER BY a.id")
@NamedQuery(name = Article.PUBLISHED_BY_SLUG, query = "SELECT a FROM Article a LEFT JOIN FETCH a.category "
        + "WHERE a.slug = :slug AND a.status IN (vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) "
        + "AND a.publishedAt <= :now")
@NamedQuery(name = Article.SHOWN_BY_SLUG, query = "SELECT NEW vn.provportal.content.boundary.Shown(a.id, a.viewCount) "
        + "FROM Article a WHERE a.slug = :slug AND a.status IN (vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) "
        + "AND a.publishedAt <= :now")
@NamedQuery(name = Article.LATEST_PUBLISHED, query = "SELECT a FROM Article a LEFT JOIN FETCH a.category "
        + "WHERE a.status IN (vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) AND a.publishedAt <= :now "
        + "ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.PUBLISHED_IN_CATEGORY, query = "SELECT a FROM Article a " + Article.SHOWN_IN_CATEGORY)
@NamedQuery(name = Article.IDS_IN_CATEGORY, query = "SELECT a.id FROM Article a " + Article.SHOWN_IN_CATEGORY)
@NamedQuery(name = Article.BY_IDS, query = "SELECT a FROM Article a WHERE a.id IN :ids")
@NamedQuery(name = Article.HEADLINES_IN_CATEGORY, query = "SELECT NEW vn.provportal.content.boundary.Headline(a.id, a.title, a.slug, a.publishedAt) "
        + "FROM Article a WHERE a.category = :category AND a.id <> :except "
        + "AND a.status IN (vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) "
        + "AND a.publishedAt <= :now ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.COUNT_IN_CATEGORY, query = "SELECT COUNT(a) FROM Article a "
        + "WHERE a.category = :category AND a.status IN (vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) "
        + "AND a.publishedAt <= :now")
@NamedQuery(name = Article.FEATURED, query = "SELECT a FROM Article a LEFT JOIN FETCH a.category "
        + "WHERE a.featured = TRUE AND a.status IN (vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) "
        + "AND a.publishedAt <= :now ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.MOST_VIEWED, query = "SELECT a FROM Article a "
        + "WHERE a.status IN (vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) AND a.publishedAt <= :now "
        + "ORDER BY a.viewCount DESC, a.publishedAt DESC")
@NamedQuery(name = Article.SYNDICATED, query = "SELECT a FROM Article a WHERE a.origin IS NOT NULL "
        + "AND a.status = vn.provportal.content.entity.ArticleStatus.PUBLISHED AND a.publishedAt <= :now "
        + "ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.COUNT_WITH_SLUG, query = "SELECT COUNT(a) FROM Article a WHERE a.slug = :slug")
public class Article implements java.io.Serializable {

    public static final String TRASHED_BEFORE = "Article.trashedBefore";

    public static final String PUBLISHED_BY_SLUG = "Article.publishedBySlug";
    public static final String LATEST_PUBLISHED = "Article.latestPublished";
    /** Whether a published article answers to a slug, and its stored view count: all a kept article page reads. */
    public static final String SHOWN_BY_SLUG = "Article.shownBySlug";
    public static final String PUBLISHED_IN_CATEGORY = "Article.publishedInCategory";
    /**
     * What a list of articles shows (fetch group): everything but the body and the newsroom's fields. A list of ten
     * full articles spent a third of its page decoding bodies it never showed; reading one later loads the rest.
     */
    public static final String LISTED = "Article.listed";
    /**
     * Which articles a category page shows and in what order: one text for the page's articles and for a deep page's
     * ids, so that both kinds of page always list the same articles.
     */
    static final String SHOWN_IN_CATEGORY = "WHERE a.category = :category AND a.status IN "
            + "(vn.provportal.content.entity.ArticleStatus.PUBLISHED, vn.provportal.content.entity.ArticleStatus.WITHDRAWN) "
            + "AND a.publishedAt <= :now ORDER BY a.publishedAt DESC, a.id DESC";
    /** The ids of a page of {@link #PUBLISHED_IN_CATEGORY}: a deep page reads its articles after it has them. */
    public static final String IDS_IN_CATEGORY = "Article.idsInCategory";
    public static final String BY_IDS = "Article.byIds";
    public static final String HEADLINES_IN_CATEGORY = "Article.headlinesInCategory";
    public static final String COUNT_IN_CATEGORY = "Article.countInCategory";
    public static final String FEATURED = "Article.featured";
    public static final String MOST_VIEWED = "Article.mostViewed";
    public static final String COUNT_WITH_SLUG = "Article.countWithSlug";
    public static final String SYNDICATED = "Article.syndicated";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(name = "lead_text", length = 4000)
    private String lead;

    @Column(name = "body_html", columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Size(max = 200)
    @Column(length = 200)
    private String author;

    @ManyToOne
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "created_by", length = 100, updatable = false)
    private String createdBy;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(nullable = false)
    private boolean forced;

    @Column(name = "force_reason", length = 2000)
    private String forceReason;

    @Column(name = "withdraw_reason", length = 2000)
    private String withdrawReason;

    @Column(name = "unpublish_reason", length = 2000)
    private String unpublishReason;

    @Column(name = "redirect_to", length = 1000)
    private String redirectTo;

    @Column(length = 1000)
    private String tags;

    @Column(length = 500)
    private String source;

    @Column(name = "featured_image", length = 64)
    private String featuredImage;

    @Column(name = "trashed_at")
    private Instant trashedAt;

    @Column(name = "trashed_by", length = 100)
    private String trashedBy;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    /** Set by a province merge: "Trước sắp xếp: Công an tỉnh …" on what the absorbed province published. */
    @Column(name = "history_label", length = 300, updatable = false)
    private String historyLabel;

    /** Set on an article the ministry pushed to the province ({@code Syndication}); such an article is locked. */
    @Column(length = 200, updatable = false)
    private String origin;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ArticleImage> images = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Limits of what an editor types (characters after NFC; the columns hold more). */
    /** Where an article lives on its province's portal, before its slug: its page, and what old addresses lead to. */
    public static final String PATH = "/tin-tuc/";
    public static final int MAX_TITLE = 300;
    public static final int MAX_LEAD = 4000;
    public static final int MAX_AUTHOR = 200;
    public static final int MAX_BODY = 2_000_000;

    protected Article() {
    }

    public Article(String title, String lead, String bodyHtml, String author, Category category, Instant now) {
        setText(title, lead, bodyHtml, author);
        // a title of symbols or another script only still gets an address (made unique by the newsroom)
        this.slug = SlugGenerator.slugOf(this.title, "bai-viet").value();
        this.category = category;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Adds an image that came with imported content; its caption stands in for a missing alt text. */
    public void addImage(String mediaSha256, String caption, String altText) {
        String alt = altText == null || altText.isBlank() ? caption : altText;
        images.add(new ArticleImage(this, images.size(), mediaSha256, caption, requireText(alt, "Mô tả ảnh (alt)", "The image description (alt)")));
    }

    /**
     * The editor's images, in their order, each with the caption and alt text of this use. A missing alt
     * text is kept as typed (empty) and stops publication at the accessibility gate. The featured image
     * must be one of them; otherwise the first image is the article's cover.
     */
    public void useImages(List<ImageUse> uses, String featuredSha256, Instant now) {
        require(status == ArticleStatus.DRAFT, "sửa ảnh của", "change the images of");
        images.clear();
        for (ImageUse use : uses) {
            images.add(new ArticleImage(this, images.size(), use.sha256(), use.caption(),
                    use.alt() == null ? "" : use.alt().strip()));
        }
        this.featuredImage = uses.stream().anyMatch(u -> u.sha256().equals(featuredSha256)) ? featuredSha256 : null;
        this.updatedAt = now;
    }

    /** Tags (comma-separated, de-duplicated, at most ten) and the source the article credits. */
    public void describe(String tags, String source) {
        this.tags = Tags.normalize(tags);
        String cleanSource = Nfc.normalize(source);
        this.source = cleanSource == null || cleanSource.isBlank() ? null
                : cleanSource.strip().substring(0, Math.min(500, cleanSource.strip().length()));
    }

    /** Who saved last, for the "someone else saved meanwhile" message. */
    public void savedBy(String user) {
        this.updatedBy = user;
    }

    /**
     * Publishes without review, from {@code at} on: for content that was already approved elsewhere (seeding,
     * imports). The newsroom uses {@link #approve} or {@link #forcePublish}.
     */
    public void publish(Instant at, Instant now) {
        require(status == ArticleStatus.DRAFT || status == ArticleStatus.IN_REVIEW, "xuất bản", "publish");
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = now;
    }

    /** Changes the text of a draft (or one returned for changes); the slug stays, links keep working. */
    public void edit(String title, String lead, String bodyHtml, String author, Category category, Instant now) {
        require(status == ArticleStatus.DRAFT && trashedAt == null, "sửa", "edit");
        setText(title, lead, bodyHtml, author);
        this.category = category;
        this.updatedAt = now;
    }

    /** Files the article under another category (any state but taken down): its address does not change. */
    public void moveTo(Category target, Instant now) {
        require(status != ArticleStatus.UNPUBLISHED && trashedAt == null, "chuyển chuyên mục", "move");
        this.category = target;
        this.updatedAt = now;
    }

    /**
     * A draft or a rejected article nobody needs any more goes to the trash: out of the newsroom's lists (the
     * portal never showed it), kept with who put it there, and restorable as it was.
     */
    public void trash(String user, Instant now) {
        require((status == ArticleStatus.DRAFT || status == ArticleStatus.REJECTED) && trashedAt == null,
                "chuyển vào thùng rác", "trash");
        this.trashedAt = now;
        this.trashedBy = user;
        this.updatedAt = now;
    }

    /** Back from the trash, in the state it was in. */
    public void restoreFromTrash(Instant now) {
        if (trashedAt == null) {
            throw InvalidInput.of("content.article-not-trash");
        }
        this.trashedAt = null;
        this.trashedBy = null;
        this.updatedAt = now;
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    public Instant getTrashedAt() {
        return trashedAt;
    }

    public String getTrashedBy() {
        return trashedBy;
    }

    /** Gives the article a new address; returns the old one, which the caller redirects. */
    public Slug changeSlug(Slug newSlug, Instant now) {
        require(status != ArticleStatus.UNPUBLISHED, "đổi đường dẫn", "change the address of");
        Slug old = getSlug();
        this.slug = newSlug.value();
        this.updatedAt = now;
        return old;
    }

    /** Marks who wrote the draft; the reviewer must be someone else. */
    public void writtenBy(String user) {
        if (createdBy == null) {
            this.createdBy = user;
        }
    }

    /** An editor hands the draft to the publishers. */
    public void submitForReview(Instant now) {
        require(status == ArticleStatus.DRAFT && trashedAt == null, "gửi duyệt", "submit");
        this.status = ArticleStatus.IN_REVIEW;
        this.updatedAt = now;
    }

    /**
     * A publisher approves: published at once, or SCHEDULED when {@code at} is later. A second pair of eyes:
     * the author cannot approve their own article.
     */
    public void approve(String publisher, Instant at, Instant now) {
        require(status == ArticleStatus.IN_REVIEW, "duyệt", "approve");
        requireAccessible();
        if (publisher.equals(createdBy)) {
            throw InvalidInput.of("content.authors-cannot-approve-their");
        }
        this.status = at.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        this.publishedAt = at.isAfter(now) ? at : now;
        this.reviewComment = null;
        this.updatedAt = now;
    }

    /**
     * Takes the article down automatically at {@code at} (the portal then sends its address to the home
     * page); {@code null} clears a planned take-down.
     */
    public void scheduleUnpublish(Instant at, Instant now) {
        require(status == ArticleStatus.SCHEDULED || status.isOnline(), "hẹn giờ gỡ", "schedule the take-down of");
        if (at != null && (!at.isAfter(now) || (publishedAt != null && !at.isAfter(publishedAt)))) {
            throw InvalidInput.of("content.take-down-must-come");
        }
        this.unpublishAt = at;
        this.updatedAt = now;
    }

    /** A scheduled article whose time has come goes online; returns whether it did. */
    public boolean releaseIfDue(Instant now) {
        if (status != ArticleStatus.SCHEDULED || publishedAt.isAfter(now)) {
            return false;
        }
        this.status = ArticleStatus.PUBLISHED;
        this.updatedAt = now;
        return true;
    }

    /** Back to the editor with what to change. */
    public void returnToEditor(String comment, Instant now) {
        require(status == ArticleStatus.IN_REVIEW, "trả lại", "return");
        this.reviewComment = reason(comment, "Lý do trả lại", "a comment");
        this.status = ArticleStatus.DRAFT;
        this.updatedAt = now;
    }

    public void reject(String comment, Instant now) {
        require(status == ArticleStatus.IN_REVIEW, "từ chối", "reject");
        this.reviewComment = reason(comment, "Lý do từ chối", "a reason");
        this.status = ArticleStatus.REJECTED;
        this.updatedAt = now;
    }

    /** A publisher publishes without review; the reason is kept and the article flagged for later review. */
    public void forcePublish(String reason, Instant now) {
        require(status == ArticleStatus.DRAFT || status == ArticleStatus.IN_REVIEW, "xuất bản khẩn", "force-publish");
        requireAccessible();
        this.forceReason = reason(reason, "Lý do xuất bản khẩn", "a reason");
        this.forced = true;
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** Stays online with a notice saying why it was withdrawn. */
    public void withdraw(String reason, Instant now) {
        require(status == ArticleStatus.PUBLISHED, "rút bài", "withdraw");
        this.withdrawReason = reason(reason, "Lý do rút bài", "a reason");
        this.status = ArticleStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    /** Taken off the portal; its address then leads to {@code redirectTo} (a province-relative path). */
    public void unpublish(String reason, String redirectTo, Instant now) {
        require(status.isOnline() || status == ArticleStatus.SCHEDULED, "gỡ bài", "unpublish");
        String target = new vn.provportal.redirect.entity.LocalPath(redirectTo).value();
        this.unpublishReason = reason(reason, "Lý do gỡ bài", "a reason");
        this.redirectTo = target;
        this.status = ArticleStatus.UNPUBLISHED;
        this.updatedAt = now;
    }

    /** The accessibility gate (Circular 26/2020): no image without alt text, no skipped heading level. */
    private void requireAccessible() {
        java.util.List<String> problems = new ArrayList<>(vn.provportal.content.control.AccessibilityGate.problems(bodyHtml));
        for (ArticleImage image : images) {
            if (image.getAltText() == null || image.getAltText().isBlank()) {
                problems.add("Ảnh đính kèm thứ " + (image.getPosition() + 1) + " chưa có mô tả thay thế (alt) / "
                        + "attached image " + (image.getPosition() + 1) + " has no alt text");
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.of("content.not-publishable-until-accessible", String.join("; ", problems));
        }
    }

    private void require(boolean allowed, String actionVi, String actionEn) {
        if (!allowed) {
            throw InvalidInput.of(trashedAt == null ? "content.cannot-in-status" : "content.cannot-in-trash",
                    actionVi, status.label(), actionEn, status);
        }
    }

    private static String reason(String text, String vi, String en) {
        String clean = Nfc.normalize(text);
        if (clean == null || clean.isBlank()) {
            throw InvalidInput.of("content.give", vi, en);
        }
        return clean.length() > 2000 ? clean.substring(0, 2000) : clean;
    }

    public void feature(boolean featured) {
        this.featured = featured;
    }

    public boolean isFeatured() {
        return featured;
    }

    public boolean isReadableAt(Instant now) {
        return status.isOnline() && publishedAt != null && !publishedAt.isAfter(now);
    }

    public boolean isForced() {
        return forced;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getRedirectTo() {
        return redirectTo;
    }

    /** A rule the editor can break by typing: refused with a message the screen shows, never a server error. */
    private static String requireText(String text, String whatVi, String whatEn) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("content.must-not-empty", whatVi, whatEn);
        }
        return text;
    }

    /**
     * At most {@code max} characters, counted after NFC normalisation (a title typed in decomposed form is twice as
     * long before it): refused with the count, never cut silently and never left to the database to reject.
     */
    private static String requireLength(String text, int max, String whatVi, String whatEn) {
        if (text != null && text.length() > max) {
            throw InvalidInput.of("content.has-characters-at-most", whatVi, text.length(), max, whatEn);
        }
        return text;
    }

    private void setText(String title, String lead, String bodyHtml, String author) {
        String cleanTitle = requireLength(requireText(Nfc.normalize(title), "Tiêu đề", "The title"), MAX_TITLE,
                "Tiêu đề", "The title");
        String cleanLead = requireLength(Nfc.normalize(lead), MAX_LEAD, "Phần tóm tắt (sapo)", "The lead");
        String cleanAuthor = requireLength(Nfc.normalize(author), MAX_AUTHOR, "Tên tác giả", "The author");
        if (bodyHtml != null && bodyHtml.length() > MAX_BODY) {
            throw InvalidInput.of("content.body-too-long-at", bodyHtml.length() / 1000, MAX_BODY / 1000);
        }
        this.title = cleanTitle;
        this.lead = cleanLead;
        this.bodyHtml = ArticleHtml.sanitize(bodyHtml);
        this.author = cleanAuthor;
    }

    public Long getId() {
        return id;
    }

    public String getTags() {
        return tags;
    }

    public List<String> getTagList() {
        return Tags.split(tags);
    }

    public String getSource() {
        return source;
    }

    public String getFeaturedImage() {
        return featuredImage;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public String getHistoryLabel() {
        return historyLabel;
    }

    public String getOrigin() {
        return origin;
    }

    public boolean isLocked() {
        return origin != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The image lists and link previews show: the featured one, else the first. */
    public ArticleImage getCover() {
        return images.stream().filter(i -> i.getMediaSha256().equals(featuredImage)).findFirst()
                .orElse(images.isEmpty() ? null : images.get(0));
    }

    public String getTitle() {
        return title;
    }

    public Slug getSlug() {
        return new Slug(slug);
    }

    public String getLead() {
        return lead;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getAuthor() {
        return author;
    }

    public Category getCategory() {
        return category;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public List<ArticleImage> getImages() {
        return List.copyOf(images);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
