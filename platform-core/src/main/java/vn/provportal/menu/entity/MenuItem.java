package vn.provportal.menu.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.content.entity.Category;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.TypedName;

/** One entry of the menu: a category of the province, or a path or address of its own. */
@Entity
@Table(name = "menu_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = MenuItem.ALL, query = "SELECT m FROM MenuItem m LEFT JOIN FETCH m.category ORDER BY m.position, m.id")
public class MenuItem {

    public static final String ALL = "MenuItem.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private MenuItem parent;

    @Column(nullable = false, length = 200)
    private String label;

    @ManyToOne
    @JoinColumn(name = "category_id")
    private Category category;

    /** A province-relative path ("/trang/gioi-thieu") or an absolute https address. */
    @Column(length = 1000)
    private String url;

    @Column(nullable = false)
    private int position;

    protected MenuItem() {
    }

    public MenuItem(MenuItem parent, String label, Category category, String url, int position) {
        change(parent, label, category, url, position);
    }

    /** Points the entry elsewhere or moves it; it cannot become its own ancestor. */
    public void change(MenuItem parent, String label, Category category, String url, int position) {
        String cleanUrl = url == null || url.isBlank() ? null : url.strip();
        if ((category == null) == (cleanUrl == null)) {
            throw InvalidInput.of("menu.menu-item-points-at");
        }
        if (cleanUrl != null && !cleanUrl.startsWith("https://")) {
            if (!cleanUrl.startsWith("/")) {
                throw InvalidInput.of("menu.invalid-link", cleanUrl);
            }
            cleanUrl = new vn.provportal.redirect.entity.LocalPath(cleanUrl).value();
        }
        String cleanLabel = TypedName.clean(label, "Nhãn mục menu", "Menu label");
        if (cleanLabel == null || cleanLabel.isBlank()) {
            throw InvalidInput.of("menu.label-menu-item");
        }
        for (MenuItem p = parent; p != null; p = p.parent) {
            if (p == this || (id != null && id.equals(p.id))) {
                throw InvalidInput.of("menu.menu-item-cannot-contain");
            }
        }
        this.parent = parent;
        this.label = cleanLabel.strip();
        this.category = category;
        this.url = cleanUrl;
        this.position = position;
    }

    /** Its place among the entries of its parent (1 first). */
    public void placeAt(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public MenuItem getParent() {
        return parent;
    }

    public String getLabel() {
        return label;
    }

    public Category getCategory() {
        return category;
    }

    public String getUrl() {
        return url;
    }

    public int getPosition() {
        return position;
    }
}
