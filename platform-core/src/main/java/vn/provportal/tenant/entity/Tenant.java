package vn.provportal.tenant.entity;

import vn.provportal.platform.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import vn.provportal.platform.Nfc;

/**
 * A province on the platform. Created ACTIVE by provisioning; may be suspended and resumed, archived, or
 * marked MERGED into another province, after which its URLs redirect. Its code never changes.
 */
@Entity
@Table(name = "tenant")
// Both web applications (and every node) keep their own cache; a province suspended, re-themed or merged from
// the back office must show on the portal at once. Lookups are queries anyway, so a row newer than the cached
// copy refreshes it.
@org.eclipse.persistence.annotations.Cache(alwaysRefresh = true, refreshOnlyIfNewer = true)
@NamedQuery(name = Tenant.BY_CODE, query = "SELECT t FROM Tenant t WHERE t.code = :code")
@NamedQuery(name = Tenant.BY_HOSTNAME, query = "SELECT t FROM Tenant t JOIN t.hostnames h WHERE h = :hostname")
@NamedQuery(name = Tenant.ALL, query = "SELECT t FROM Tenant t ORDER BY t.nameVi")
public class Tenant {

    public static final String BY_CODE = "Tenant.byCode";
    public static final String BY_HOSTNAME = "Tenant.byHostname";
    public static final String ALL = "Tenant.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantStatus status = TenantStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_hostname", joinColumns = @JoinColumn(name = "tenant_ref"))
    @Column(name = "hostname", nullable = false, length = 253)
    private Set<String> hostnames = new LinkedHashSet<>();

    @Valid
    @Embedded
    private Theme theme = Theme.policeRed();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "merged_into", length = 40)
    private String mergedInto;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(TenantCode code, String nameVi, String nameEn, Theme theme, Instant now) {
        this.code = code.value();
        this.nameVi = Nfc.normalize(nameVi);
        this.nameEn = Nfc.normalize(nameEn);
        this.theme = theme;
        this.createdAt = now;
    }

    public void addHostname(String hostname) {
        hostnames.add(hostname.strip().toLowerCase(Locale.ROOT));
    }

    public void changeTheme(Theme theme) {
        this.theme = theme;
    }

    public boolean isServing() {
        return status == TenantStatus.ACTIVE;
    }

    /** Portal shows a maintenance notice; the newsroom is read-only. */
    public void suspend() {
        requireStatus(TenantStatus.ACTIVE, "tạm dừng", "suspend");
        status = TenantStatus.SUSPENDED;
    }

    public void resume() {
        requireStatus(TenantStatus.SUSPENDED, "hoạt động lại", "resume");
        status = TenantStatus.ACTIVE;
    }

    /** Kept for the record, off the air. */
    public void archive() {
        if (status == TenantStatus.MERGED || status == TenantStatus.ARCHIVED) {
            throw InvalidInput.of("tenant.cannot-archive-province", status);
        }
        status = TenantStatus.ARCHIVED;
    }

    /** This province joined {@code target}; its old addresses now lead there. */
    public void mergedInto(Tenant target, Instant now) {
        this.status = TenantStatus.MERGED;
        this.mergedInto = target.getCode().value();
        this.mergedAt = now;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public boolean isMerged() {
        return status == TenantStatus.MERGED;
    }

    private void requireStatus(TenantStatus expected, String vi, String en) {
        if (status != expected) {
            throw InvalidInput.of("tenant.cannot-province", vi, status, en);
        }
    }

    public Long getId() {
        return id;
    }

    public TenantCode getCode() {
        return new TenantCode(code);
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public Set<String> getHostnames() {
        return Set.copyOf(hostnames);
    }

    public Theme getTheme() {
        return theme;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
