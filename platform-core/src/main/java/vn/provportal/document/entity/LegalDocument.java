package vn.provportal.document.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.content.control.Snippet;
import vn.provportal.document.control.DocumentNumber;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedText;
import vn.provportal.platform.VietnamTime;

/**
 * One legal document of a province's registry ("Văn bản"): its number and symbol, kind, issuer, signer, the days it
 * was issued, takes effect and expires, its field and summary, and — once another document of the registry replaces
 * it — that document. Its status is read for a day ({@link #status(LocalDate)}). Dates out of order are refused.
 * {@code searchText} holds what a search compares, folded (no marks, lower case): number, summary, issuer, signer,
 * field and the text of its files.
 */
@Entity
@Table(name = "legal_document")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = LegalDocument.BY_SLUG, query = "SELECT d FROM LegalDocument d WHERE d.slug = :slug")
@NamedQuery(name = LegalDocument.BY_NUMBER_KEY, query = "SELECT d FROM LegalDocument d WHERE d.numberKey = :key")
@NamedQuery(name = LegalDocument.REPLACING, query = "SELECT d FROM LegalDocument d WHERE d.replacedBy = :document "
        + "ORDER BY d.issuedOn DESC, d.id DESC")
@NamedQuery(name = LegalDocument.ISSUERS, query = "SELECT DISTINCT d.issuer FROM LegalDocument d ORDER BY d.issuer")
@NamedQuery(name = LegalDocument.FIELDS, query = "SELECT DISTINCT d.field FROM LegalDocument d WHERE d.field IS NOT NULL "
        + "ORDER BY d.field")
public class LegalDocument {

    public static final String BY_SLUG = "LegalDocument.bySlug";
    public static final String BY_NUMBER_KEY = "LegalDocument.byNumberKey";
    public static final String REPLACING = "LegalDocument.replacing";
    public static final String ISSUERS = "LegalDocument.issuers";
    public static final String FIELDS = "LegalDocument.fields";
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_SEARCH_TEXT = 4_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = DocumentNumber.MAX_LENGTH)
    private String number;

    @Column(name = "number_key", nullable = false, length = 110)
    private String numberKey;

    /** Who issued a copy the ministry sent (written by {@code DocumentSyndication}); null for the province's own. */
    @Column(length = 200, insertable = false, updatable = false)
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 20)
    private DocumentType type;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Column(length = 100)
    private String signer;

    @Column(length = 100)
    private String field;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by")
    private LegalDocument replacedBy;

    /** Read only by searches in the database: not loaded with the document where the container weaves. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LegalDocument() {
    }

    public LegalDocument(String number, DocumentType type, String issuer, String signer, String field, String summary,
            LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String by, Instant now) {
        this.createdBy = by;
        this.createdAt = now;
        describe(number, type, issuer, signer, field, summary, issuedOn, effectiveOn, expiresOn, now);
    }

    /** Everything a registrar types, checked together: nothing changes unless all of it is right. */
    public final void describe(String number, DocumentType type, String issuer, String signer, String field,
            String summary, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, Instant now) {
        String tidyNumber = DocumentNumber.tidy(number);
        if (type == null) {
            throw InvalidInput.of("document.required", "Loại văn bản", "Type");
        }
        String tidyIssuer = required(issuer, 200, "Cơ quan ban hành", "Issuer");
        String tidySigner = optional(signer, 100, "Người ký", "Signer");
        String tidyField = optional(field, 100, "Lĩnh vực", "Field");
        String tidySummary = required(summary, MAX_SUMMARY, "Trích yếu", "Summary");
        if (issuedOn == null) {
            throw InvalidInput.of("document.required", "Ngày ban hành", "Date issued");
        }
        LocalDate effective = effectiveOn == null ? issuedOn : effectiveOn;
        if (effective.isBefore(issuedOn)) {
            throw InvalidInput.of("document.effective-before-issued", VietnamTime.date(effective), VietnamTime.date(issuedOn));
        }
        if (expiresOn != null && !expiresOn.isAfter(effective)) {
            throw InvalidInput.of("document.expires-before-effective", VietnamTime.date(expiresOn), VietnamTime.date(effective));
        }
        this.number = tidyNumber;
        this.numberKey = DocumentNumber.key(tidyNumber);
        this.type = type;
        this.issuer = tidyIssuer;
        this.signer = tidySigner;
        this.field = tidyField;
        this.summary = tidySummary;
        this.issuedOn = issuedOn;
        this.effectiveOn = effective;
        this.expiresOn = expiresOn;
        this.updatedAt = now;
    }

    /** Whether the document is law on {@code day}: a replacement wins over the dates. */
    public DocumentStatus status(LocalDate day) {
        if (replacedBy != null) {
            return DocumentStatus.REPLACED;
        }
        if (effectiveOn.isAfter(day)) {
            return DocumentStatus.NOT_YET;
        }
        return expiresOn != null && !expiresOn.isAfter(day) ? DocumentStatus.EXPIRED : DocumentStatus.IN_FORCE;
    }

    /**
     * Replaced by {@code other} (null: no longer replaced). A document does not replace itself, nor one that
     * replaces it, however far down the chain.
     */
    public void replaceWith(LegalDocument other, Instant now) {
        for (LegalDocument link = other; link != null; link = link.replacedBy) {
            if (link == this || (link.id != null && link.id.equals(id))) {
                throw InvalidInput.of("document.replacement-loop", number, other.number);
            }
        }
        this.replacedBy = other;
        this.updatedAt = now;
    }

    /** The folded text a search compares with: the document's own words and those of its files. */
    public void index(String filesText) {
        String own = String.join(" ", number, numberKey, type.getNameVi(), issuer, signer == null ? "" : signer,
                field == null ? "" : field, summary, filesText == null ? "" : filesText);
        String folded = Snippet.fold(Nfc.normalize(own)).replaceAll("\\s+", " ");
        this.searchText = folded.length() > MAX_SEARCH_TEXT ? folded.substring(0, MAX_SEARCH_TEXT) : folded;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    private static String required(String typed, int max, String fieldVi, String fieldEn) {
        return TypedText.required(typed, max, "document", fieldVi, fieldEn);
    }

    private static String optional(String typed, int max, String fieldVi, String fieldEn) {
        return TypedText.optional(typed, max, "document", fieldVi, fieldEn);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getNumber() {
        return number;
    }

    public String getNumberKey() {
        return numberKey;
    }

    public DocumentType getType() {
        return type;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSigner() {
        return signer;
    }

    public String getField() {
        return field;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LegalDocument getReplacedBy() {
        return replacedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getOrigin() {
        return origin;
    }

    /** A copy the ministry sent: only the ministry changes or withdraws it. */
    public boolean isSyndicated() {
        return origin != null;
    }

    public String getSearchText() {
        return searchText;
    }

    public long getVersion() {
        return version;
    }
}
