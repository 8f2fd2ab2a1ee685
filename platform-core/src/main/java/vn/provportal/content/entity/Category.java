package vn.provportal.content.entity;

import vn.provportal.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.TypedName;

/** A section of a province's portal ("Tin tức", "Hoạt động lực lượng"), addressed by its slug. */
@Entity
@Table(name = "category")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Category.BY_SLUG, query = "SELECT c FROM Category c WHERE c.slug = :slug")
@NamedQuery(name = Category.ALL, query = "SELECT c FROM Category c ORDER BY c.position, c.name")
@NamedQuery(name = Category.COUNT_WITH_SLUG, query = "SELECT COUNT(c) FROM Category c WHERE c.slug = :slug")
public class Category implements java.io.Serializable {

    public static final String BY_SLUG = "Category.bySlug";
    public static final String ALL = "Category.all";
    public static final String COUNT_WITH_SLUG = "Category.countWithSlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String slug;

    @NotBlank
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int position;

    protected Category() {
    }

    public Category(Slug slug, String name, int position) {
        this.slug = slug.value();
        this.name = TypedName.clean(name, "Tên chuyên mục", "Category name");
        this.position = position;
    }

    /** Renames and re-orders the category; its address (slug) stays so links keep working. */
    public void rename(String name, int position) {
        String clean = TypedName.clean(name, "Tên chuyên mục", "Category name");
        if (clean == null || clean.isBlank()) {
            throw InvalidInput.of("content.name-category");
        }
        this.name = clean.strip();
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Slug getSlug() {
        return new Slug(slug);
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
