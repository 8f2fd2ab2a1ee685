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
import vn.provportal.platform.Nfc;

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
        if ((category == null) == (url == null)) {
            throw new IllegalArgumentException("Mục menu trỏ tới một chuyên mục hoặc một đường dẫn / "
                    + "a menu item points at a category or a link");
        }
        if (url != null && !url.startsWith("/") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("Đường dẫn không hợp lệ / invalid link: " + url);
        }
        this.parent = parent;
        this.label = Nfc.normalize(label);
        this.category = category;
        this.url = url;
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
