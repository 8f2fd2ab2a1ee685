package vn.provportal.content.entity;

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
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Article.PUBLISHED_BY_SLUG, query = "SELECT a FROM Article a LEFT JOIN FETCH a.category "
        + "WHERE a.slug = :slug AND a.status = vn.provportal.content.entity.ArticleStatus.PUBLISHED "
        + "AND a.publishedAt <= :now")
@NamedQuery(name = Article.LATEST_PUBLISHED, query = "SELECT a FROM Article a LEFT JOIN FETCH a.category "
        + "WHERE a.status = vn.provportal.content.entity.ArticleStatus.PUBLISHED AND a.publishedAt <= :now "
        + "ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.PUBLISHED_IN_CATEGORY, query = "SELECT a FROM Article a "
        + "WHERE a.category = :category AND a.status = vn.provportal.content.entity.ArticleStatus.PUBLISHED "
        + "AND a.publishedAt <= :now ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.COUNT_IN_CATEGORY, query = "SELECT COUNT(a) FROM Article a "
        + "WHERE a.category = :category AND a.status = vn.provportal.content.entity.ArticleStatus.PUBLISHED "
        + "AND a.publishedAt <= :now")
@NamedQuery(name = Article.FEATURED, query = "SELECT a FROM Article a LEFT JOIN FETCH a.category "
        + "WHERE a.featured = TRUE AND a.status = vn.provportal.content.entity.ArticleStatus.PUBLISHED "
        + "AND a.publishedAt <= :now ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.MOST_VIEWED, query = "SELECT a FROM Article a "
        + "WHERE a.status = vn.provportal.content.entity.ArticleStatus.PUBLISHED AND a.publishedAt <= :now "
        + "ORDER BY a.viewCount DESC, a.publishedAt DESC")
@NamedQuery(name = Article.ALL_NEWEST_FIRST, query = "SELECT a FROM Article a LEFT JOIN FETCH a.category "
        + "ORDER BY a.updatedAt DESC, a.id DESC")
public class Article {

    public static final String PUBLISHED_BY_SLUG = "Article.publishedBySlug";
    public static final String LATEST_PUBLISHED = "Article.latestPublished";
    public static final String ALL_NEWEST_FIRST = "Article.allNewestFirst";
    public static final String PUBLISHED_IN_CATEGORY = "Article.publishedInCategory";
    public static final String COUNT_IN_CATEGORY = "Article.countInCategory";
    public static final String FEATURED = "Article.featured";
    public static final String MOST_VIEWED = "Article.mostViewed";

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

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ArticleImage> images = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {
    }

    public Article(String title, String lead, String bodyHtml, String author, Category category, Instant now) {
        this.title = requireText(Nfc.normalize(title), "Tiêu đề / title");
        this.slug = SlugGenerator.slugOf(this.title).value();
        this.lead = Nfc.normalize(lead);
        this.bodyHtml = ArticleHtml.sanitize(bodyHtml);
        this.author = Nfc.normalize(author);
        this.category = category;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addImage(String mediaSha256, String caption, String altText) {
        String alt = altText == null || altText.isBlank() ? caption : altText;
        images.add(new ArticleImage(this, images.size(), mediaSha256, caption, requireText(alt, "alt")));
    }

    /** Publishes the article from {@code at} on; a DRAFT or IN_REVIEW article only. */
    public void publish(Instant at, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("Bài viết đã được xuất bản / article already published");
        }
        this.status = ArticleStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = now;
    }

    public void feature(boolean featured) {
        this.featured = featured;
    }

    public boolean isFeatured() {
        return featured;
    }

    public boolean isReadableAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " không được để trống / must not be empty");
        }
        return text;
    }

    public Long getId() {
        return id;
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
