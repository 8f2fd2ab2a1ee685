package vn.provportal.admin.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.tenant.boundary.Governance;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/** Backs {@code /console/province.xhtml?code=}: a province's theme with a live preview, and its status. */
@Named
@ViewScoped
public class GovernBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Governance governance;

    @Inject
    Tenants tenants;

    @Inject
    vn.provportal.archive.boundary.ProvinceBackups backups;

    private String typedCode;

    private String code;
    private String nameVi;
    private String status;
    private ThemeForm theme = new ThemeForm();

    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        Tenant tenant = code == null ? null : tenants.findByCode(code).orElse(null);
        if (tenant == null) {
            Faces.notFound();
            return;
        }
        take(tenant);
    }

    public void saveTheme() {
        Faces.attempt(() -> take(governance.changeTheme(code, theme.toTheme())), "done.theme");
    }

    public void suspend() {
        Faces.attempt(() -> take(governance.suspend(code)), "done.suspended");
    }

    public void resume() {
        Faces.attempt(() -> take(governance.resume(code)), "done.resumed");
    }

    public void archive() {
        Faces.attempt(() -> take(governance.archive(code)), "done.archived");
    }

    /**
     * Erases an archived province for good, once its code is typed again; the archive written first is named in the
     * message, on the page of backups.
     */
    public String erase() {
        if (typedCode == null || !typedCode.strip().equals(code)) {
            Faces.error("console.erase.type-code", code);
            return null;
        }
        try {
            var erased = backups.erase(code);
            Faces.info("done.erased", nameVi, erased.rows(), erased.safetyCopy().toString());
            Faces.keepMessages();
            return "/console/backups?faces-redirect=true";
        } catch (vn.provportal.archive.control.ArchiveRefused e) {
            Faces.refused(e.vietnamese(), e.english());
        } catch (IOException | java.sql.SQLException e) {
            Faces.error(vn.provportal.platform.persistence.StorageFull.isCause(e) ? "storage.full" : "console.erase.failed");
        }
        return null;
    }

    public String getTypedCode() {
        return typedCode;
    }

    public void setTypedCode(String typedCode) {
        this.typedCode = typedCode;
    }

    private void take(Tenant tenant) {
        nameVi = tenant.getNameVi();
        status = tenant.getStatus().name();
        theme = ThemeForm.of(tenant.getTheme());
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

    public String getStatus() {
        return status;
    }

    public ThemeForm getTheme() {
        return theme;
    }
}
