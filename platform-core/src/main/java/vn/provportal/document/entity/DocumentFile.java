package vn.provportal.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A file of a legal document — the signed PDF, the DOC or DOCX — as checked on upload: its bytes, the type its content
 * showed (not its name), and the text read from it for search. Lists read {@link DocumentFileSummary}, never the bytes.
 */
@Entity
@Table(name = "legal_document_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = DocumentFile.SUMMARIES, query = "SELECT NEW vn.provportal.document.entity.DocumentFileSummary("
        + "f.id, f.fileName, f.contentType, f.sizeBytes) FROM DocumentFile f WHERE f.documentId = :document ORDER BY f.id")
@NamedQuery(name = DocumentFile.TEXTS, query = "SELECT f.text FROM DocumentFile f WHERE f.documentId = :document "
        + "AND f.text IS NOT NULL ORDER BY f.id")
public class DocumentFile {

    public static final String SUMMARIES = "DocumentFile.summaries";
    public static final String TEXTS = "DocumentFile.texts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Column(nullable = false)
    private byte[] bytes;

    @Column
    private String text;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DocumentFile() {
    }

    public DocumentFile(long documentId, String fileName, String contentType, byte[] bytes, String sha256, String text,
            String by, Instant now) {
        this.documentId = documentId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.bytes = bytes.clone();
        this.sizeBytes = bytes.length;
        this.sha256 = sha256;
        this.text = text;
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }

    public String getText() {
        return text;
    }
}
