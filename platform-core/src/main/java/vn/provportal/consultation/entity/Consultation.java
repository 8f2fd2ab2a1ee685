package vn.provportal.consultation.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.TypedText;
import vn.provportal.platform.VietnamTime;

/**
 * A draft put to citizens ("Góp ý dự thảo"): its title, the agency drafting it, what it is about, the days it takes
 * opinions (both included, in Vietnam) and the draft itself as a file; after closing, the summary of the opinions
 * received and how they were taken up, published once written. Its status is read for a day.
 */
@Entity
@Table(name = "consultation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Consultation.ALL, query = "SELECT c FROM Consultation c ORDER BY c.closesOn DESC, c.id DESC")
@NamedQuery(name = Consultation.BY_SLUG, query = "SELECT c FROM Consultation c WHERE c.slug = :slug")
public class Consultation {

    public static final String ALL = "Consultation.all";
    public static final String BY_SLUG = "Consultation.bySlug";
    public static final int MAX_SUMMARY = 8000;
    public static final int MAX_RESULT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String agency;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "draft_file_name", length = 200)
    private String draftFileName;

    @Column(name = "draft_content_type", length = 100)
    private String draftContentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "draft_bytes")
    private byte[] draftBytes;

    @Column(name = "result_summary", length = MAX_RESULT)
    private String resultSummary;

    @Column(name = "result_published_at")
    private Instant resultPublishedAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Consultation() {
    }

    public Consultation(String title, String agency, String summary, LocalDate opensOn, LocalDate closesOn, String by,
            Instant now) {
        this.createdBy = by;
        this.createdAt = now;
        describe(title, agency, summary, opensOn, closesOn, now);
    }

    /** What the organiser types, checked whole: nothing changes unless all of it is right. */
    public final void describe(String title, String agency, String summary, LocalDate opensOn, LocalDate closesOn,
            Instant now) {
        String tidyTitle = required(title, 300, "Tên dự thảo", "Title");
        String tidyAgency = required(agency, 200, "Cơ quan chủ trì soạn thảo", "Drafting agency");
        String tidySummary = required(summary, MAX_SUMMARY, "Nội dung chính", "Summary");
        if (opensOn == null) {
            throw InvalidInput.of("consultation.required", "Ngày bắt đầu lấy ý kiến", "Opening day");
        }
        if (closesOn == null) {
            throw InvalidInput.of("consultation.required", "Ngày kết thúc lấy ý kiến", "Closing day");
        }
        if (closesOn.isBefore(opensOn)) {
            throw InvalidInput.of("consultation.closes-before-opens", VietnamTime.date(closesOn), VietnamTime.date(opensOn));
        }
        this.title = tidyTitle;
        this.agency = tidyAgency;
        this.summary = tidySummary;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.updatedAt = now;
    }

    public ConsultationStatus status(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return ConsultationStatus.UPCOMING;
        }
        return day.isAfter(closesOn) ? ConsultationStatus.CLOSED : ConsultationStatus.OPEN;
    }

    /** The draft as a file already checked by its content. */
    public void attachDraft(String fileName, String contentType, byte[] bytes, Instant now) {
        // the bytes first: they are fetched lazily, and fetching them where the container weaves reloads the other
        // fields — the name set before them was lost (ConsultationDeskIT)
        this.draftBytes = bytes.clone();
        this.draftFileName = fileName;
        this.draftContentType = contentType;
        this.updatedAt = now;
    }

    /** The summary of opinions received and taken up: published only once the consultation has closed. */
    public void publishResult(String result, LocalDate today, Instant now) {
        if (status(today) != ConsultationStatus.CLOSED) {
            throw InvalidInput.of("consultation.result-before-closing", VietnamTime.date(closesOn));
        }
        this.resultSummary = required(result, MAX_RESULT, "Báo cáo tổng hợp ý kiến", "Summary of opinions");
        this.resultPublishedAt = now;
        this.updatedAt = now;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    static String required(String typed, int max, String fieldVi, String fieldEn) {
        return TypedText.required(typed, max, "consultation", fieldVi, fieldEn);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getAgency() {
        return agency;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getDraftFileName() {
        return draftFileName;
    }

    public String getDraftContentType() {
        return draftContentType;
    }

    public byte[] getDraftBytes() {
        return draftBytes == null ? null : draftBytes.clone();
    }

    public boolean hasDraft() {
        return draftFileName != null;
    }

    public String getResultSummary() {
        return resultSummary;
    }

    public Instant getResultPublishedAt() {
        return resultPublishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
