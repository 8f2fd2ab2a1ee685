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
@NamedQuery(name = Redirect.TO_PATHS, query = "SELECT r FROM Redirect r WHERE r.newPath IN :paths")
@NamedQuery(name = Redirect.BY_OLD_PATHS, query = "SELECT r FROM Redirect r WHERE r.oldPath IN :paths")
public class Redirect {

    public static final String BY_OLD_PATH = "Redirect.byOldPath";
    public static final String BY_OLD_PATHS = "Redirect.byOldPaths";
    public static final String TO_PATHS = "Redirect.toPaths";
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("%[0-9a-fA-F]{2}");

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
        this.oldPath = comparable(oldPath);
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

    /**
     * An old address as it is kept and looked up: percent-escapes in upper case, since WordPress writes
     * {@code %e1%bb%99} where a browser sends {@code %E1%BB%99} for the same letter.
     */
    public static String comparable(String path) {
        if (path == null || path.indexOf('%') < 0) {
            return path;
        }
        return ESCAPE.matcher(path).replaceAll(m -> m.group().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isAbsolute(String path) {
        return path != null && (path.startsWith("http://") || path.startsWith("https://"));
    }
}
