package vn.provportal.admin.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.provportal.platform.VietnamTime;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.admin.workspace.Uploads;
import vn.provportal.document.boundary.LegalDocuments;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.document.entity.DocumentFileSummary;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.platform.InvalidInput;

/**
 * Backs {@code /documents/edit.xhtml[?id=]}: a legal document registered or corrected, its files attached (checked by
 * their content; a refusal says why and keeps the rest) or removed, and the document marked replaced by another of the
 * registry, by its number. A refused save keeps everything typed. Another province's id is a 404.
 */
@Named
@ViewScoped
public class DocumentDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalDocuments registry;

    private Long id;
    /** Read again on the node a replicated view lands on: an entity does not travel with the view. */
    private transient LegalDocument document;
    private transient Part file;
    private String number = "";
    private DocumentType type = DocumentType.QUYET_DINH;
    private String issuer = "";
    private String signer = "";
    private String field = "";
    private String summary = "";
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private LocalDate expiresOn;
    private String replacedByNumber = "";

    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        if (id == null) {
            issuedOn = VietnamTime.today();
            return;
        }
        try {
            document = registry.get(id);
        } catch (InvalidInput e) {
            Faces.notFound();
            return;
        }
        number = document.getNumber();
        type = document.getType();
        issuer = document.getIssuer();
        signer = document.getSigner() == null ? "" : document.getSigner();
        field = document.getField() == null ? "" : document.getField();
        summary = document.getSummary();
        issuedOn = document.getIssuedOn();
        effectiveOn = document.getEffectiveOn();
        expiresOn = document.getExpiresOn();
        replacedByNumber = document.getReplacedBy() == null ? "" : document.getReplacedBy().getNumber();
    }

    /** A new document goes to its own page, where files can be attached; a correction stays. */
    public String save() {
        DocumentForm form = new DocumentForm(number, type, issuer, signer, field, summary, issuedOn, effectiveOn, expiresOn);
        if (id == null) {
            try {
                LegalDocument registered = registry.register(form, Faces.user());
                Faces.info("done.document.registered", registered.getNumber());
                Faces.keepMessages();
                return "/documents/edit?faces-redirect=true&id=" + registered.getId();
            } catch (InvalidInput e) {
                Faces.error(e);
                return null;
            }
        }
        if (Faces.attempt(() -> document = registry.update(id, form), "done.document.saved", number)) {
            number = document.getNumber();
        }
        return null;
    }

    public void attach() throws IOException {
        Optional<byte[]> read = Uploads.read(file, AttachmentCheck.MAX_BYTES);
        if (read.isEmpty()) {
            return;
        }
        byte[] bytes = read.get();
        String name = file.getSubmittedFileName();
        Faces.attempt(() -> registry.attach(id, name, bytes, Faces.user()), "done.document.attached", name);
    }

    public void removeFile(long fileId) {
        Faces.attempt(() -> registry.removeFile(id, fileId), "done.document.file-removed");
    }

    public void markReplaced() {
        Faces.attempt(() -> document = registry.replace(id, replacedByNumber), replacedByNumber.isBlank()
                ? "done.document.in-force" : "done.document.replaced", number, replacedByNumber);
    }

    public LegalDocument getDocument() {
        if (document == null && id != null) {
            document = registry.get(id);
        }
        return document;
    }

    public String getStatus() {
        return getDocument() == null ? "" : getDocument().status(VietnamTime.today()).name();
    }

    public List<DocumentFileSummary> getFiles() {
        return id == null ? List.of() : registry.files(id);
    }

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getReplacedByNumber() {
        return replacedByNumber;
    }

    public void setReplacedByNumber(String replacedByNumber) {
        this.replacedByNumber = replacedByNumber;
    }
}
