package vn.provportal.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedName;
import vn.provportal.question.control.Redaction;

/**
 * A citizen's question to the province and its answer. Asked with consent to the processing of the asker's personal
 * data (Law 91/2025), it gets a tracking code the asker follows it by; the province's administrator gives it to a
 * department, an editor answers (and may write the question as the public will read it), a publisher approves and it
 * is published — the public text always passed through {@link Redaction}, whatever the editor wrote. Each step is
 * allowed only from the states {@link QuestionStatus} names for it.
 */
@Entity
@Table(name = "question")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Question.WITH_STATUS, query = "SELECT q FROM Question q WHERE q.status IN :statuses "
        + "ORDER BY q.createdAt, q.id")
@NamedQuery(name = Question.PUBLISHED, query = "SELECT q FROM Question q WHERE q.status = "
        + "vn.provportal.question.entity.QuestionStatus.PUBLISHED ORDER BY q.publishedAt DESC, q.id DESC")
@NamedQuery(name = Question.PUBLISHED_MATCHING, query = "SELECT q FROM Question q WHERE q.status = "
        + "vn.provportal.question.entity.QuestionStatus.PUBLISHED AND (LOWER(q.title) LIKE :words ESCAPE '\\' "
        + "OR LOWER(q.publicBody) LIKE :words ESCAPE '\\' OR LOWER(q.answer) LIKE :words ESCAPE '\\') "
        + "ORDER BY q.publishedAt DESC, q.id DESC")
@NamedQuery(name = Question.BY_CODE, query = "SELECT q FROM Question q WHERE q.trackingCode = :code")
@NamedQuery(name = Question.OF_CONTACT, query = "SELECT q FROM Question q WHERE LOWER(q.askerContact) = :contact "
        + "ORDER BY q.createdAt, q.id")
@NamedQuery(name = Question.FORGET_CONTACTS, query = "UPDATE Question q SET q.askerContact = NULL, q.clientHash = NULL "
        + "WHERE q.askerContact IS NOT NULL AND q.createdAt < :before")
public class Question {

    public static final String WITH_STATUS = "Question.withStatus";
    public static final String PUBLISHED = "Question.published";
    public static final String PUBLISHED_MATCHING = "Question.publishedMatching";
    public static final String BY_CODE = "Question.byCode";
    public static final String OF_CONTACT = "Question.ofContact";
    public static final String FORGET_CONTACTS = "Question.forgetContacts";
    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 4000;
    public static final int MAX_ANSWER = 8000;
    /** Letters and digits a person reads out without mistaking one for another (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_code", nullable = false, length = 10, updatable = false)
    private String trackingCode;

    @Column(name = "asker_name", nullable = false, length = 100)
    private String askerName;

    @Column(name = "asker_contact", length = 254)
    private String askerContact;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionStatus status = QuestionStatus.RECEIVED;

    @Column(length = 200)
    private String department;

    @Column(name = "public_body", length = MAX_BODY)
    private String publicBody;

    @Column(length = MAX_ANSWER)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(length = 1000)
    private String reason;

    /** Who declined it, and when. */
    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "client_hash", length = 64)
    private String clientHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Question() {
    }

    public Question(String askerName, String askerContact, String title, String body, boolean consent,
            String clientHash, Instant now) {
        if (!consent) {
            throw InvalidInput.of("question.consent");
        }
        this.askerName = required(TypedName.clean(askerName, "Họ tên", "name"), 100, "Họ tên", "name");
        String contact = Nfc.normalize(TypedName.withoutInvisible(askerContact == null ? "" : askerContact)).strip();
        this.askerContact = contact.isEmpty() ? null : required(contact, 254, "Email hoặc số điện thoại", "contact");
        this.title = required(text(title), MAX_TITLE, "Tiêu đề câu hỏi", "title");
        this.body = required(text(body), MAX_BODY, "Nội dung câu hỏi", "question");
        this.publicBody = Redaction.redact(this.body);
        this.consentAt = now;
        this.clientHash = clientHash;
        this.createdAt = now;
        this.trackingCode = newTrackingCode();
    }

    public void assign(String toDepartment) {
        allowedFrom(EnumSet.of(QuestionStatus.RECEIVED, QuestionStatus.ASSIGNED), "giao");
        this.department = required(text(toDepartment), 200, "Đơn vị trả lời", "department");
        this.status = QuestionStatus.ASSIGNED;
    }

    /**
     * The department's answer, by an editor, with the question as the public will read it (the asker's own words by
     * default; the editor takes out what else identifies someone). Answered again until it is published.
     */
    public void answer(String answerText, String publicQuestion, String editor, Instant now) {
        allowedFrom(EnumSet.of(QuestionStatus.ASSIGNED, QuestionStatus.ANSWERED), "trả lời");
        this.answer = required(text(answerText), MAX_ANSWER, "Câu trả lời", "answer");
        String shown = text(publicQuestion);
        this.publicBody = Redaction.redact(shown == null || shown.isEmpty() ? body
                : required(shown, MAX_BODY, "Câu hỏi công khai", "public question"));
        this.answeredBy = editor;
        this.answeredAt = now;
        this.status = QuestionStatus.ANSWERED;
    }

    public void publish(String publisher, Instant now) {
        allowedFrom(EnumSet.of(QuestionStatus.ANSWERED), "đăng");
        this.publishedBy = publisher;
        this.publishedAt = now;
        this.status = QuestionStatus.PUBLISHED;
    }

    /** Not taken up (out of the province's remit, abusive, a duplicate): the asker reads why by the tracking code. */
    public void reject(String why, String by, Instant now) {
        allowedFrom(EnumSet.of(QuestionStatus.RECEIVED, QuestionStatus.ASSIGNED, QuestionStatus.ANSWERED), "từ chối");
        this.reason = required(text(why), 1000, "Lý do", "reason");
        this.decidedBy = by;
        this.decidedAt = now;
        this.status = QuestionStatus.REJECTED;
    }

    /** At the asker's request: the question stays, nothing in it says who asked or how to reach them. */
    public void forgetAsker() {
        this.askerName = "Ẩn danh";
        this.askerContact = null;
        this.clientHash = null;
    }

    private void allowedFrom(Set<QuestionStatus> states, String action) {
        if (!states.contains(status)) {
            throw InvalidInput.of("question.not-now", action, status.name());
        }
    }

    /** Ten characters citizens can read out; unique across the platform by the table's key. */
    public static String newTrackingCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String text(String typed) {
        return typed == null ? null : vn.provportal.platform.TypedText.tidy(typed);
    }

    private static String required(String value, int max, String fieldVi, String fieldEn) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("question.required", fieldVi, fieldEn);
        }
        if (value.length() > max) {
            throw InvalidInput.of("question.too-long", fieldVi, value.length(), max, fieldEn);
        }
        return value;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getAskerName() {
        return askerName;
    }

    public String getAskerContact() {
        return askerContact;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public String getDepartment() {
        return department;
    }

    public String getPublicBody() {
        return publicBody;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
