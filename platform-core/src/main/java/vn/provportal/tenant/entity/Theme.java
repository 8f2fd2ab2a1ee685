package vn.provportal.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A province portal's look: which built-in theme and the colours and footer lines it fills in. */
@Embeddable
public class Theme {

    public static final String POLICE_RED = "police-red";
    public static final String BLUE = "blue";

    @NotBlank
    @Column(name = "theme_key", nullable = false, length = 40)
    private String key = POLICE_RED;

    @Pattern(regexp = "#[0-9a-fA-F]{6}")
    @Column(name = "primary_color", length = 7)
    private String primaryColor = "#b71c1c";

    @Pattern(regexp = "#[0-9a-fA-F]{6}")
    @Column(name = "secondary_color", length = 7)
    private String secondaryColor = "#f9a825";

    @Column(name = "footer_address", length = 500)
    private String footerAddress;

    @Column(name = "hotline", length = 50)
    private String hotline;

    @Column(name = "licence_line", length = 500)
    private String licenceLine;

    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "logo_sha256", length = 64)
    private String logoSha256;

    @Pattern(regexp = "[0-9a-f]{64}")
    @Column(name = "banner_sha256", length = 64)
    private String bannerSha256;

    @Pattern(regexp = "sidebar-right|sidebar-left|single-column")
    @Column(name = "layout", nullable = false, length = 40)
    private String layout = "sidebar-right";

    protected Theme() {
    }

    public Theme(String key, String primaryColor, String secondaryColor, String footerAddress, String hotline) {
        this.key = key;
        this.primaryColor = primaryColor;
        this.secondaryColor = secondaryColor;
        this.footerAddress = footerAddress;
        this.hotline = hotline;
    }

    public static Theme policeRed() {
        return new Theme(POLICE_RED, "#b71c1c", "#f9a825", null, null);
    }

    /** The same theme with the province's own images, licence line and layout. */
    public Theme withDetails(String logoSha256, String bannerSha256, String licenceLine, String layout) {
        Theme theme = new Theme(key, primaryColor, secondaryColor, footerAddress, hotline);
        theme.logoSha256 = logoSha256;
        theme.bannerSha256 = bannerSha256;
        theme.licenceLine = licenceLine;
        theme.layout = layout;
        return theme;
    }

    public String getLicenceLine() {
        return licenceLine;
    }

    public String getLogoSha256() {
        return logoSha256;
    }

    public String getBannerSha256() {
        return bannerSha256;
    }

    public String getLayout() {
        return layout;
    }

    public String getKey() {
        return key;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public String getSecondaryColor() {
        return secondaryColor;
    }

    public String getFooterAddress() {
        return footerAddress;
    }

    public String getHotline() {
        return hotline;
    }
}
