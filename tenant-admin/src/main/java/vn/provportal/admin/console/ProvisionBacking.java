package vn.provportal.admin.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.platform.InvalidInput;
import vn.provportal.provisioning.boundary.ProvinceRequest;
import vn.provportal.provisioning.boundary.Provisioning;

/**
 * Backs {@code /console/provision.xhtml}: the provisioning wizard. On success the first administrator's
 * temporary password is shown once; on a refusal everything typed stays and the reason is shown.
 */
@Named
@ViewScoped
public class ProvisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Provisioning provisioning;

    private String code = "";
    private String nameVi = "";
    private String nameEn = "";
    private String hostnames = "";
    private final ThemeForm theme = new ThemeForm();
    private boolean starterSite = true;
    private String adminUsername = "";
    private String adminEmail = "";
    private String adminName = "";
    private Provisioning.Provisioned done;

    public void provision() {
        try {
            done = provisioning.provision(new ProvinceRequest(code, nameVi, nameEn, hostnames, theme.toTheme(), starterSite, adminUsername, adminEmail, adminName));
            Faces.info("done.provisioned", done.nameVi());
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    public Provisioning.Provisioned getDone() {
        return done;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getHostnames() {
        return hostnames;
    }

    public void setHostnames(String hostnames) {
        this.hostnames = hostnames;
    }

    public boolean isStarterSite() {
        return starterSite;
    }

    public void setStarterSite(boolean starterSite) {
        this.starterSite = starterSite;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public ThemeForm getTheme() {
        return theme;
    }
}
