package vn.provportal.banner.entity;

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
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;

/** A banner shown from {@code startsAt} until {@code endsAt} (either may be open), in its position. */
@Entity
@Table(name = "banner")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = Banner.SHOWN_AT, query = "SELECT b FROM Banner b WHERE (b.startsAt IS NULL OR b.startsAt <= :now) "
        + "AND (b.endsAt IS NULL OR b.endsAt > :now) ORDER BY b.position, b.id")
@NamedQuery(name = Banner.ALL, query = "SELECT b FROM Banner b ORDER BY b.position, b.id")
@NamedQuery(name = Banner.WITH_IMAGE, query = "SELECT b FROM Banner b WHERE b.imageSha256 = :sha256 ORDER BY b.id")
@NamedQuery(name = Banner.COUNT_WITH_IMAGE, query = "SELECT COUNT(b) FROM Banner b WHERE b.imageSha256 = :sha256")
public class Banner {

    public static final String SHOWN_AT = "Banner.shownAt";
    public static final String ALL = "Banner.all";
    public static final String COUNT_WITH_IMAGE = "Banner.countWithImage";
    public static final String WITH_IMAGE = "Banner.withImage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "image_sha256", length = 64)
    private String imageSha256;

    @Column(length = 1000)
    private String link;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(nullable = false)
    private int position;

    protected Banner() {
    }

    public Banner(String title, String imageSha256, String link, Instant startsAt, Instant endsAt, int position) {
        change(title, imageSha256, link, startsAt, endsAt, position);
    }

    /** Everything about a banner may change; the checks are those of a new one. */
    public void change(String title, String imageSha256, String link, Instant startsAt, Instant endsAt, int position) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw InvalidInput.of("banner.end-must-follow-start");
        }
        String cleanLink = link == null || link.isBlank() ? null : link.strip();
        if (cleanLink != null && !cleanLink.startsWith("/") && !cleanLink.startsWith("https://")
                && !cleanLink.startsWith("http://")) {
            throw InvalidInput.of("banner.invalid-link", cleanLink);
        }
        String cleanTitle = Nfc.normalize(title);
        if (cleanTitle == null || cleanTitle.isBlank()) {
            throw InvalidInput.of("banner.give-banner-title");
        }
        this.title = cleanTitle.strip();
        this.imageSha256 = imageSha256;
        this.link = cleanLink;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.position = position;
    }

    /** Its place among the province's banners (1 first). */
    public void placeAt(int position) {
        this.position = position;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getPosition() {
        return position;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getImageSha256() {
        return imageSha256;
    }

    public String getLink() {
        return link;
    }

    public boolean isExternal() {
        return link != null && !link.startsWith("/");
    }
}
