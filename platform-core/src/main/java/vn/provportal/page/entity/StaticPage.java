package vn.provportal.page.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.content.entity.Slug;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedName;

/** A fixed page of a province in one language ({@code vi} or {@code en}). */
@Entity
@Table(name = "static_page")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = StaticPage.BY_SLUG,
        query = "SELECT p FROM StaticPage p WHERE p.language = :language AND p.slug = :slug")
@NamedQuery(name = StaticPage.IN_LANGUAGE,
        query = "SELECT p FROM StaticPage p WHERE p.language = :language ORDER BY p.position, p.id")
public class StaticPage {

    public static final String BY_SLUG = "StaticPage.bySlug";
    public static final String IN_LANGUAGE = "StaticPage.inLanguage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(nullable = false)
    private int position;

    protected StaticPage() {
    }

    public StaticPage(String language, Slug slug, String title, String bodyHtml, int position) {
        if (!"vi".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("Ngôn ngữ vi hoặc en / language vi or en: " + language);
        }
        this.language = language;
        this.slug = slug.value();
        this.title = TypedName.clean(title, "Tên trang", "Page title");
        this.bodyHtml = Nfc.normalize(bodyHtml);
        this.position = position;
    }

    public String getLanguage() {
        return language;
    }

    public Slug getSlug() {
        return new Slug(slug);
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }
}
