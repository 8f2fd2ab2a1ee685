package vn.provportal.importer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An image of a staged batch's archive that one of its posts shows, checked to be an image, kept until the import. */
@Entity
@Table(name = "import_image")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ImportImage.KEYS, query = "SELECT i.key FROM ImportImage i WHERE i.batchId = :batch")
@NamedQuery(name = ImportImage.OF_BATCH, query = "SELECT i FROM ImportImage i WHERE i.batchId = :batch")
public class ImportImage {

    public static final String KEYS = "ImportImage.keys";
    public static final String OF_BATCH = "ImportImage.ofBatch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private Long batchId;

    @Column(name = "image_key", nullable = false, length = 500)
    private String key;

    @Lob
    @Column(nullable = false)
    private byte[] bytes;

    protected ImportImage() {
    }

    public ImportImage(long batchId, String key, byte[] bytes) {
        this.batchId = batchId;
        this.key = key;
        this.bytes = bytes.clone();
    }

    public String getKey() {
        return key;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
