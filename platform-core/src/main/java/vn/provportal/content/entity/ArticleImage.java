package vn.provportal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.Nfc;

/** One use of a stored image in an article, with the caption and alt text of that use. */
@Entity
@Table(name = "article_image")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ArticleImage.COUNT_READABLE_WITH, query = "SELECT COUNT(i) FROM ArticleImage i "
        + "WHERE i.mediaSha256 = :sha256 AND i.article.status IN :readable")
@NamedQuery(name = ArticleImage.ARTICLES_WITH, query = "SELECT DISTINCT i.article FROM ArticleImage i "
        + "WHERE i.mediaSha256 = :sha256")
public class ArticleImage implements java.io.Serializable {

    public static final String COUNT_READABLE_WITH = "ArticleImage.countReadableWith";
    public static final String ARTICLES_WITH = "ArticleImage.articlesWith";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // lazy: an image read with a list of articles must not read its article again in full (Article.LISTED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(nullable = false)
    private int position;

    @Column(name = "media_sha256", nullable = false, length = 64)
    private String mediaSha256;

    @Column(length = 500)
    private String caption;

    @Column(name = "alt_text", nullable = false, length = 500)
    private String altText;

    protected ArticleImage() {
    }

    ArticleImage(Article article, int position, String mediaSha256, String caption, String altText) {
        this.article = article;
        this.position = position;
        this.mediaSha256 = mediaSha256;
        this.caption = Nfc.normalize(caption);
        this.altText = Nfc.normalize(altText);
    }

    public int getPosition() {
        return position;
    }

    public String getMediaSha256() {
        return mediaSha256;
    }

    public String getCaption() {
        return caption;
    }

    public String getAltText() {
        return altText;
    }
}
