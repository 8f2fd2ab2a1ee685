package vn.provportal.admin.console;

import java.io.Serializable;
import vn.provportal.tenant.entity.Theme;

/**
 * The theme fields as the ministry fills them in, the same when a province is provisioned and when it is governed
 * afterwards ({@code WEB-INF/tags/theme-fields.xhtml}, with its live preview). Checked where the theme is used.
 */
public class ThemeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key = Theme.POLICE_RED;
    private String primaryColor = "#b71c1c";
    private String secondaryColor = "#f9a825";
    private String footerAddress = "";
    private String hotline = "113";
    private String layout = "sidebar-right";

    static ThemeForm of(Theme theme) {
        ThemeForm form = new ThemeForm();
        form.key = theme.getKey();
        form.primaryColor = theme.getPrimaryColor();
        form.secondaryColor = theme.getSecondaryColor();
        form.footerAddress = theme.getFooterAddress();
        form.hotline = theme.getHotline();
        form.layout = theme.getLayout();
        return form;
    }

    Theme toTheme() {
        return new Theme(key, primaryColor, secondaryColor, footerAddress, hotline).withDetails(null, null, null, layout);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getSecondaryColor() {
        return secondaryColor;
    }

    public void setSecondaryColor(String secondaryColor) {
        this.secondaryColor = secondaryColor;
    }

    public String getFooterAddress() {
        return footerAddress;
    }

    public void setFooterAddress(String footerAddress) {
        this.footerAddress = footerAddress;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }

    public String getLayout() {
        return layout;
    }

    public void setLayout(String layout) {
        this.layout = layout;
    }
}
