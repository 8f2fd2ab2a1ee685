package vn.provportal.admin.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.admin.workspace.Uploads;
import vn.provportal.document.boundary.DocumentSyndication;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
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
    private String number = "";
    private DocumentType type = DocumentType.THONG_TU;
    private String issuer = "Bộ Công an";
    private String signer = "";
    private String field = "";
    private String summary = "";
    private LocalDate issuedOn = VietnamTime.today();
    private LocalDate effectiveOn;
    private LocalDate expiresOn;
    private List<String> provinces = new ArrayList<>();

    public void push() throws IOException {
        boolean sent = file != null && file.getSize() > 0;
        byte[] bytes = sent ? Uploads.read(file, AttachmentCheck.MAX_BYTES).orElse(null) : null;
        if (sent && bytes == null) {
            return; // too large: said on the screen
        }
        String fileName = file == null ? null : file.getSubmittedFileName();
        DocumentForm form = new DocumentForm(number, type, issuer, signer, field, summary, issuedOn, effectiveOn, expiresOn);
        try {
            DocumentSyndication.Pushed pushed = syndication.push(form, fileName, bytes, provinces, Faces.user());
            Faces.info("done.document.pushed", number, pushed.copies());
            if (!pushed.skipped().isEmpty()) {
                Faces.warn("done.document.pushed.skipped", String.join(", ", pushed.skipped()));
            }
            number = "";
            summary = "";
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

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces;
    }
}
