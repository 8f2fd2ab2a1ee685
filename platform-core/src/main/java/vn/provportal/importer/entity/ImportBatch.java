package vn.provportal.importer.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;

/**
 * An upload staged for import: the export or feed as sent (read again for the dry run and for the import, so what was
 * shown is what is stored) and, once imported, by whom, when and how many posts. A batch is imported once.
 */
@Entity
@Table(name = "import_batch")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ImportBatch.SUMMARIES, query = "SELECT NEW vn.provportal.importer.entity.BatchSummary(b.id, b.kind, "
        + "b.fileName, b.archiveName, b.createdBy, b.createdAt, b.importedBy, b.importedAt, b.importedCount) "
        + "FROM ImportBatch b ORDER BY b.createdAt DESC")
public class ImportBatch {

    public static final String SUMMARIES = "ImportBatch.summaries";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SiteExport.Kind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] source;

    @Column(name = "archive_name", length = 200)
    private String archiveName;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "imported_by", length = 100)
    private String importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "imported_count")
    private Integer importedCount;

    @Version
    private long version;

    protected ImportBatch() {
    }

    public ImportBatch(SiteExport.Kind kind, String fileName, byte[] source, String archiveName, String by, Instant now) {
        this.source = source.clone(); // set first: EclipseLink reloads the entity when a lazy attribute is touched
        this.kind = kind;
        this.fileName = shortName(fileName);
        this.archiveName = archiveName == null || archiveName.isBlank() ? null : shortName(archiveName);
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Records the import; a batch already imported is refused, saying by whom and when. */
    public void imported(int count, String by, Instant now) {
        requireStaged();
        this.importedBy = by;
        this.importedAt = now;
        this.importedCount = count;
    }

    /** Refuses anything but a dry run's batch: one imported is the record of that import, run once. */
    public void requireStaged() {
        if (importedAt != null) {
            throw InvalidInput.of("import.already-run", importedBy, VietnamTime.dateTime(importedAt));
        }
    }

    private static String shortName(String name) {
        String clean = name == null || name.isBlank() ? "tep-xuat" : name.strip().replaceAll("[\\p{Cc}\\p{Cf}/\\\\]", "_");
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }

    public Long getId() {
        return id;
    }

    public SiteExport.Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getSource() {
        return source;
    }

    public String getArchiveName() {
        return archiveName;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public boolean isImported() {
        return importedAt != null;
    }
}
