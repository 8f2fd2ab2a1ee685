package vn.provportal.importer.entity;

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

/** A post of the old site already imported into this province, by its guid: what makes a second run import nothing twice. */
@Entity
@Table(name = "imported_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ImportedItem.KEYS_AMONG, query = "SELECT i.guidKey FROM ImportedItem i WHERE i.guidKey IN :keys")
@NamedQuery(name = ImportedItem.ARTICLES_OF_BATCH, query = "SELECT a.title, a.slug FROM ImportedItem i, Article a "
        + "WHERE a.id = i.articleId AND i.batchId = :batch ORDER BY a.publishedAt DESC")
public class ImportedItem {

    public static final String KEYS_AMONG = "ImportedItem.keysAmong";
    public static final String ARTICLES_OF_BATCH = "ImportedItem.articlesOfBatch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "guid_key", nullable = false, length = 64)
    private String guidKey;

    @Column(nullable = false, length = 1000)
    private String guid;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "batch_id", nullable = false)
    private Long batchId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedItem() {
    }

    public ImportedItem(String guid, long articleId, long batchId, Instant now) {
        this.guidKey = keyOf(guid);
        this.guid = guid.length() > 1000 ? guid.substring(0, 1000) : guid;
        this.articleId = articleId;
        this.batchId = batchId;
        this.importedAt = now;
    }

    /** The guid's SHA-256: guids are addresses of any length, the key is what the unique index holds. */
    public static String keyOf(String guid) {
        return vn.provportal.platform.Sha256.hex(guid);
    }
}
