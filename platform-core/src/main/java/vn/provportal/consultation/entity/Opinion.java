package vn.provportal.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedName;
import vn.provportal.question.control.Redaction;

/**
 * A citizen's opinion on a draft, given with consent: the name (and organisation) its author chose to give and the
 * opinion — shown, once published, with phone numbers, e-mail addresses and ID numbers redacted.
 */
@Entity
@Table(name = "consultation_opinion")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Opinion.OF, query = "SELECT o FROM Opinion o WHERE o.consultationId = :consultation "
        + "AND o.status IN :statuses ORDER BY o.createdAt, o.id")
@NamedQuery(name = Opinion.COUNT, query = "SELECT COUNT(o) FROM Opinion o WHERE o.consultationId = :consultation "
        + "AND o.status <> vn.provportal.consultation.entity.OpinionStatus.REJECTED")
public class Opinion {

    public static final String OF = "Opinion.of";
    public static final String COUNT = "Opinion.count";
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(length = 200)
    private String organisation;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "public_body", nullable = false, length = MAX_BODY)
    private String publicBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpinionStatus status = OpinionStatus.RECEIVED;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "moderated_by", length = 100)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    protected Opinion() {
    }

    public Opinion(long consultationId, String authorName, String organisation, String body, boolean consent, Instant now) {
        if (!consent) {
            throw InvalidInput.of("consultation.consent");
        }
        this.consultationId = consultationId;
        this.authorName = Consultation.required(TypedName.clean(authorName, "Họ tên", "name"), 100, "Họ tên", "Name");
        String org = organisation == null ? "" : Nfc.normalize(TypedName.withoutInvisible(organisation)).strip();
        this.organisation = org.isEmpty() ? null : Consultation.required(org, 200, "Cơ quan, tổ chức", "Organisation");
        this.body = Consultation.required(body, MAX_BODY, "Nội dung góp ý", "Opinion");
        this.publicBody = Redaction.redact(this.body);
        this.consentAt = now;
        this.createdAt = now;
    }

    public void moderate(boolean publish, String by, Instant now) {
        this.status = publish ? OpinionStatus.PUBLISHED : OpinionStatus.REJECTED;
        this.moderatedBy = by;
        this.moderatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getBody() {
        return body;
    }

    public String getPublicBody() {
        return publicBody;
    }

    public OpinionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
