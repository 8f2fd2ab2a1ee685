package vn.provportal.comment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.content.entity.Article;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;

/**
 * A citizen's comment on an article. Born PENDING; a moderator approves it (then it is shown), rejects it
 * or marks it spam. Text is stored as plain NFC text without control characters and escaped on output.
 */
@Entity
@Table(name = "article_comment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Comment.APPROVED_FOR, query = "SELECT c FROM Comment c WHERE c.article = :article "
        + "AND c.status = vn.provportal.comment.entity.CommentStatus.APPROVED ORDER BY c.createdAt")
@NamedQuery(name = Comment.WITH_STATUS, query = "SELECT c FROM Comment c JOIN FETCH c.article "
        + "WHERE c.status = :status ORDER BY c.createdAt")
@NamedQuery(name = Comment.MATCHING, query = "SELECT c FROM Comment c JOIN FETCH c.article a WHERE c.status = :status "
        + "AND (LOWER(c.body) LIKE :words ESCAPE '\\' OR LOWER(c.authorName) LIKE :words ESCAPE '\\' "
        + "OR LOWER(a.title) LIKE :words ESCAPE '\\') ORDER BY c.createdAt")
@NamedQuery(name = Comment.COUNT_WITH_STATUS, query = "SELECT COUNT(c) FROM Comment c WHERE c.status = :status")
@NamedQuery(name = Comment.COUNT_SAME_SINCE, query = "SELECT COUNT(c) FROM Comment c WHERE c.createdAt >= :since "
        + "AND c.body = :body")
@NamedQuery(name = Comment.OF_EMAIL, query = "SELECT c FROM Comment c JOIN FETCH c.article "
        + "WHERE LOWER(c.authorEmail) = :email ORDER BY c.createdAt, c.id")
@NamedQuery(name = Comment.FORGET_EMAILS, query = "UPDATE Comment c SET c.authorEmail = NULL "
        + "WHERE c.authorEmail IS NOT NULL AND c.createdAt < :before")
@NamedQuery(name = Comment.FORGET_CLIENTS, query = "UPDATE Comment c SET c.clientHash = NULL "
        + "WHERE c.clientHash IS NOT NULL AND c.createdAt < :before")
public class Comment {

    public static final String OF_EMAIL = "Comment.ofEmail";
    public static final String FORGET_EMAILS = "Comment.forgetEmails";
    public static final String FORGET_CLIENTS = "Comment.forgetClients";
    /** The name a comment keeps once its author asked to be forgotten. */
    public static final String ANONYMOUS = "Ẩn danh";

    public static final String APPROVED_FOR = "Comment.approvedFor";
    public static final String MATCHING = "Comment.matching";
    public static final String COUNT_WITH_STATUS = "Comment.countWithStatus";
    public static final String WITH_STATUS = "Comment.withStatus";
    public static final String COUNT_SAME_SINCE = "Comment.countSameSince";
    /** Shorter texts ("Cảm ơn", "Bài viết hay") are written alike by many people; longer ones are not. */
    public static final int DUPLICATE_FROM_LENGTH = 30;
    public static final String HELD_AS_DUPLICATE = "tự động: trùng nội dung";
    public static final int MAX_NAME = 100;
    public static final int MAX_BODY = 4000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "author_name", nullable = false, length = MAX_NAME)
    private String authorName;

    @Column(name = "author_email", length = 254)
    private String authorEmail;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status = CommentStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by", length = 100)
    private String moderatedBy;

    @Column(name = "client_hash", length = 64)
    private String clientHash;

    @Version
    private long version;

    protected Comment() {
    }

    public Comment(Article article, String authorName, String authorEmail, String body, String clientHash,
            Instant now) {
        this.article = article;
        this.authorName = required(clean(authorName), MAX_NAME, "Họ tên", "name");
        this.body = required(clean(body), MAX_BODY, "Nội dung bình luận", "comment");
        String email = clean(authorEmail);
        if (email != null && !email.isEmpty()) {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                throw InvalidInput.of("comment.invalid-e-mail-address");
            }
            this.authorEmail = email;
        }
        this.clientHash = clientHash;
        this.createdAt = now;
    }

    /**
     * The same text sent again — from other addresses, to get around the per-client limit — waits among spam,
     * marked, instead of in the queue of comments to read.
     */
    public void holdAsDuplicate(Instant now) {
        this.status = CommentStatus.SPAM;
        this.moderatedBy = HELD_AS_DUPLICATE;
        this.moderatedAt = now;
    }

    public boolean mayRepeatOthers() {
        return body.length() < DUPLICATE_FROM_LENGTH;
    }

    public void moderate(CommentStatus decision, String moderator, Instant now) {
        if (decision == CommentStatus.PENDING) {
            throw new IllegalArgumentException("a decision is APPROVED, REJECTED or SPAM");
        }
        this.status = decision;
        this.moderatedBy = moderator;
        this.moderatedAt = now;
    }

    /** At its author's request: the comment stays, nothing in it says who wrote it or from where. */
    public void forgetAuthor() {
        this.authorName = ANONYMOUS;
        this.authorEmail = null;
        this.clientHash = null;
    }

    private static String clean(String text) {
        return text == null ? null : CONTROL.matcher(Nfc.normalize(text)).replaceAll("");
    }

    private static String required(String text, int max, String vi, String en) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("comment.must-not-empty", vi, en);
        }
        if (text.length() > max) {
            throw InvalidInput.of("comment.exceeds-characters", vi, max, en);
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }
}
