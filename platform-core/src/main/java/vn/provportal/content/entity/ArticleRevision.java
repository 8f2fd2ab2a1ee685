package vn.provportal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The text of an article as one save left it: numbered from 1 per article, never changed afterwards. A
 * restore writes the old text back as a new save, so history only grows.
 */
@Entity
@Table(name = "article_revision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ArticleRevision.OF_ARTICLE, query = "SELECT r FROM ArticleRevision r WHERE r.articleId = :article "
        + "ORDER BY r.number DESC")
@NamedQuery(name = ArticleRevision.NUMBERED, query = "SELECT r FROM ArticleRevision r WHERE r.articleId = :article "
        + "AND r.number = :number")
@NamedQuery(name = ArticleRevision.AT_VERSION, query = "SELECT r FROM ArticleRevision r WHERE r.articleId = :article "
        + "AND r.articleVersion <= :version ORDER BY r.number DESC")
public class ArticleRevision implements java.io.Serializable {

    public static final String OF_ARTICLE = "ArticleRevision.ofArticle";
    public static final String NUMBERED = "ArticleRevision.numbered";
    public static final String AT_VERSION = "ArticleRevision.atVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "article_version", nullable = false, updatable = false)
    private long articleVersion;

    @Column(nullable = false, length = 500, updatable = false)
    private String title;

    @Column(name = "lead_text", length = 4000, updatable = false)
    private String lead;

    @Column(name = "body_html", columnDefinition = "MEDIUMTEXT", updatable = false)
    private String bodyHtml;

    @Column(length = 200, updatable = false)
    private String author;

    @Column(length = 1000, updatable = false)
    private String tags;

    @Column(length = 500, updatable = false)
    private String source;

    @Column(name = "saved_by", length = 100, updatable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(length = 200, updatable = false)
    private String note;

    protected ArticleRevision() {
    }

    /** Captures {@code article} as it is now saved (after the flush that gave it its version). */
    public ArticleRevision(Article article, int number, String savedBy, String note, Instant now) {
        this.articleId = article.getId();
        this.number = number;
        this.articleVersion = article.getVersion();
        this.title = article.getTitle();
        this.lead = article.getLead();
        this.bodyHtml = article.getBodyHtml();
        this.author = article.getAuthor();
        this.tags = article.getTags();
        this.source = article.getSource();
        this.savedBy = savedBy;
        this.note = note;
        this.savedAt = now;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public long getArticleVersion() {
        return articleVersion;
    }

    public String getTitle() {
        return title;
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

    public String getTags() {
        return tags;
    }

    public String getSource() {
        return source;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getNote() {
        return note;
    }
}
