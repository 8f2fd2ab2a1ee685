package vn.provportal.media.entity;

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

/** A scaled copy of a stored image, {@code width} pixels wide, made once when the original was uploaded. */
@Entity
@Table(name = "media_derivative")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = MediaDerivative.OF, query = "SELECT d FROM MediaDerivative d WHERE d.sha256 = :sha256 AND d.width = :width")
@NamedQuery(name = MediaDerivative.COUNT_OF, query = "SELECT COUNT(d) FROM MediaDerivative d WHERE d.sha256 = :sha256")
public class MediaDerivative {

    public static final String OF = "MediaDerivative.of";
    public static final String COUNT_OF = "MediaDerivative.countOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] bytes;

    protected MediaDerivative() {
    }

    public MediaDerivative(String sha256, int width, int height, String contentType, byte[] bytes) {
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
