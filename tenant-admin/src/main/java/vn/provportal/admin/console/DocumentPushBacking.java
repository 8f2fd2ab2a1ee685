package vn.provportal.admin.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.provportal.admin.document.DocumentFields;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.admin.workspace.Uploads;
import vn.provportal.document.boundary.DocumentSyndication;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
import vn.provportal.syndication.boundary.Syndication;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/**
 * Backs {@code /console/documents.xhtml}: a legal document the ministry issues to all or chosen provinces' registries, with
 * its signed file (checked by content as a province's are), and withdrawn from every registry at once. A refusal keeps
 * everything typed; a province that already has the number keeps its own and is named.
 */
@Named
@ViewScoped
public class DocumentPushBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentSyndication syndication;

    @Inject
    Tenants tenants;

    private transient Part file;
    private final DocumentFields fields = new DocumentFields(DocumentType.THONG_TU, Syndication.ORIGIN, VietnamTime.today());
    private List<String> provinces = new ArrayList<>();

    public void push() throws IOException {
        boolean sent = file != null && file.getSize() > 0;
        byte[] bytes = sent ? Uploads.read(file, AttachmentCheck.MAX_BYTES).orElse(null) : null;
        if (sent && bytes == null) {
            return; // too large: said on the screen
        }
        String fileName = file == null ? null : file.getSubmittedFileName();
        DocumentForm form = fields.form();
        try {
            DocumentSyndication.Pushed pushed = syndication.push(form, fileName, bytes, provinces, Faces.user());
            Faces.info("done.document.pushed", form.number(), pushed.copies());
            if (!pushed.skipped().isEmpty()) {
                Faces.warn("done.document.pushed.skipped", String.join(", ", pushed.skipped()));
            }
            fields.setNumber("");
            fields.setSummary("");
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    public void withdraw(String key) {
        Faces.attempt(() -> syndication.withdraw(key, Faces.user()), "done.document.withdrawn");
    }

    public List<Object[]> getPushes() {
        return syndication.recent(20);
    }

    public List<Tenant> getActiveProvinces() {
        return tenants.all().stream().filter(Tenant::isServing).toList();
    }

    public DocumentFields getFields() {
        return fields;
    }

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces;
    }
}
