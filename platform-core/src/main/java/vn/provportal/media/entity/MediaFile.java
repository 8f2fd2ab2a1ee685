package vn.provportal.media.entity;

import vn.provportal.platform.InvalidInput;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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

/** Stored bytes of one image of a province, immutable once stored. */
@Entity
@Table(name = "media_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = MediaFile.BY_SHA256, query = "SELECT m FROM MediaFile m WHERE m.sha256 = :sha256")
@NamedQuery(name = MediaFile.COUNT_WITH_SHA256, query = "SELECT COUNT(m) FROM MediaFile m WHERE m.sha256 = :sha256")
@NamedQuery(name = MediaFile.NEWEST_FIRST, query = "SELECT NEW vn.provportal.media.entity.MediaSummary(m.sha256, "
        + "m.contentType, m.width, m.height, m.sizeBytes, m.originalName, m.uploadedBy, m.createdAt) "
        + "FROM MediaFile m ORDER BY m.createdAt DESC, m.id DESC")
public class MediaFile {

    public static final String BY_SHA256 = "MediaFile.bySha256";
    public static final String NEWEST_FIRST = "MediaFile.newestFirst";
    public static final String COUNT_WITH_SHA256 = "MediaFile.countWithSha256";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] bytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "original_name", length = 255, updatable = false)
    private String originalName;

    @Column(name = "uploaded_by", length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "default_caption", length = 500)
    private String defaultCaption;

    @Column(name = "default_alt", length = 500)
    private String defaultAlt;

    protected MediaFile() {
    }

    public MediaFile(String sha256, String contentType, int width, int height, byte[] bytes, Instant now) {
        this.sha256 = sha256;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.bytes = bytes.clone();
        this.sizeBytes = bytes.length;
        this.createdAt = now;
    }

    /** Who uploaded it and under what file name, for the media library's list. */
    public MediaFile uploadedAs(FileName originalName, String uploadedBy) {
        this.originalName = originalName == null ? null : originalName.value();
        this.uploadedBy = uploadedBy;
        return this;
    }

    /**
     * The image's own caption and alt text (NFC, at most 500 characters each), offered wherever an editor places it;
     * each article may change them for its use.
     */
    public void describe(String caption, String alt) {
        this.defaultCaption = limited(caption, "Chú thích", "The caption");
        this.defaultAlt = limited(alt, "Mô tả ảnh (alt)", "The alt text");
    }

    private static String limited(String text, String vi, String en) {
        String clean = vn.provportal.platform.Nfc.normalize(text == null ? "" : text).strip();
        if (clean.length() > 500) {
            throw InvalidInput.of("media.longer-than-500-characters", vi, en);
        }
        return clean.isEmpty() ? null : clean;
    }

    public String getDefaultCaption() {
        return defaultCaption;
    }

    public String getDefaultAlt() {
        return defaultAlt;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
