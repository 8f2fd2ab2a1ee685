package vn.provportal.admin.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.archive.boundary.ProvinceBackups;
import vn.provportal.archive.control.ArchiveRefused;
import vn.provportal.archive.control.BackupStore;
import vn.provportal.archive.control.RestoreReport;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/**
 * Backs {@code /console/backups.xhtml}: a province's archive downloaded now, the nightly backups, and a restore — the
 * archive uploaded and checked whole first (the dry run: what it holds, whether its code is free), then restored under
 * its code or a new one. A refused archive says why and nothing is written.
 */
@Named
@RequestScoped
public class BackupsBacking {

    @Inject
    ProvinceBackups backups;

    @Inject
    Tenants tenants;

    private Part archive;
    private String staged;
    private String asCode;
    private ProvinceBackups.Staged checked;
    private List<BackupStore.Backup> nightly;
    private boolean refused;

    /** The view parameter {@code tep}: an archive uploaded a moment ago, checked again for its dry run. */
    public void load() {
        if (getChecked() != null && asCode == null) {
            asCode = checked.codeTaken() ? "" : checked.manifest().code();
        }
    }

    /**
     * The staged archive, checked once per request. Read from the request itself when the form is decoded (the restore
     * form is rendered only with a checked archive, and JSF asks before it sets the view's fields).
     */
    public ProvinceBackups.Staged getChecked() {
        if (checked == null && !refused) {
            Map<String, String> request = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            String name = staged != null ? staged : request.getOrDefault("tep", request.get("restore:staged"));
            if (name == null || name.isBlank()) {
                return null;
            }
            try {
                checked = backups.check(name);
                staged = name;
            } catch (ArchiveRefused e) {
                refused = true;
                Faces.refused(e.vietnamese(), e.english());
            } catch (IOException | SQLException e) {
                refused = true;
                Faces.error(vn.provportal.platform.persistence.StorageFull.isCause(e) ? "storage.full" : "console.backups.unreadable");
            }
        }
        return checked;
    }

    public String check() {
        if (archive == null || archive.getSize() == 0) {
            Faces.error("console.backups.no-file");
            return null;
        }
        try (InputStream in = archive.getInputStream()) {
            ProvinceBackups.Staged result = backups.stage(in);
            return "/console/backups?tep=" + result.name() + "&faces-redirect=true";
        } catch (ArchiveRefused e) {
            Faces.refused(e.vietnamese(), e.english());
        } catch (IOException | SQLException e) {
            Faces.error(vn.provportal.platform.persistence.StorageFull.isCause(e) ? "storage.full" : "console.backups.unreadable");
        }
        return null;
    }

    public String restore() {
        try {
            RestoreReport report = backups.restore(staged, asCode);
            Faces.info("done.restored", report.from(), report.to(), report.rows());
            Faces.keepMessages();
            return "/console/backups?faces-redirect=true";
        } catch (ArchiveRefused e) {
            Faces.refused(e.vietnamese(), e.english());
        } catch (InvalidInput e) {
            Faces.error(e);
        } catch (IOException | SQLException e) {
            Faces.error(vn.provportal.platform.persistence.StorageFull.isCause(e) ? "storage.full" : "console.backups.unreadable");
        }
        return null;
    }

    public List<Tenant> getProvinces() {
        return tenants.all();
    }

    public List<BackupStore.Backup> getNightly() throws SQLException {
        if (nightly == null) {
            nightly = backups.nightly();
        }
        return nightly;
    }

    /** The tables a citizen would name, first, with their rows; the rest after. */
    public List<Map.Entry<String, Long>> getCounts() {
        return checked == null ? List.of() : checked.manifest().counts().entrySet().stream()
                .filter(e -> e.getValue() > 0).toList();
    }

    public String getSchedule() {
        return backups.nightlyHour().map(hour -> Faces.text("console.backups.schedule", String.valueOf(hour), backups.keepDays(),
                backups.store().directory().toString())).orElseGet(() -> Faces.text("console.backups.off"));
    }

    public String getRestoreHint() {
        return Faces.text("console.backups.restore.hint", ProvinceBackups.MAX_UPLOAD / (1024 * 1024));
    }

    public String getTakenNotice() {
        return checked == null ? "" : Faces.text("console.backups.taken", checked.manifest().code());
    }

    /** A size in megabytes with one decimal, as the screen shows it. */
    public String megabytes(Long bytes) {
        return bytes == null ? "" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }

    public String getStaged() {
        return staged;
    }

    public void setStaged(String staged) {
        this.staged = staged;
    }

    public String getAsCode() {
        return asCode;
    }

    public void setAsCode(String asCode) {
        this.asCode = asCode;
    }
}
