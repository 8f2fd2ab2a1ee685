package vn.provportal.redirect.entity;

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

/** A province-relative old path and where it now lives (a province-relative path or an absolute URL). */
@Entity
@Table(name = "redirect")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Redirect.BY_OLD_PATH, query = "SELECT r FROM Redirect r WHERE r.oldPath = :path")
public class Redirect {

    public static final String BY_OLD_PATH = "Redirect.byOldPath";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "old_path", nullable = false, length = 500)
    private String oldPath;

    @Column(name = "new_path", nullable = false, length = 1000)
    private String newPath;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Redirect() {
    }

    public Redirect(String oldPath, String newPath, Instant now) {
        if (oldPath == null || !oldPath.startsWith("/") || oldPath.equals(newPath)
                || !(isAbsolute(newPath) || LocalPath.isSafe(newPath))) {
            throw new IllegalArgumentException("Chuyển hướng không hợp lệ / invalid redirect: " + oldPath);
        }
        this.oldPath = oldPath;
        this.newPath = newPath;
        this.createdAt = now;
    }

    public String getOldPath() {
        return oldPath;
    }

    public String getNewPath() {
        return newPath;
    }

    public boolean isAbsolute() {
        return isAbsolute(newPath);
    }

    /** Where the portal sends the old address: an absolute URL as stored, a path only if it stays on the portal. */
    public String target(String base) {
        return isAbsolute() ? newPath : base + (LocalPath.isSafe(newPath) ? newPath : "/");
    }

    private static boolean isAbsolute(String path) {
        return path != null && (path.startsWith("http://") || path.startsWith("https://"));
    }
}
