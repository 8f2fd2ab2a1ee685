package vn.provportal.admin.document;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
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
    private final DocumentFields fields = new DocumentFields(DocumentType.QUYET_DINH, "", null);
    private String replacedByNumber = "";

    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        if (id == null) {
            fields.setIssuedOn(VietnamTime.today());
            return;
        }
        try {
            document = registry.get(id);
        } catch (InvalidInput e) {
            Faces.notFound();
            return;
        }
        fields.fill(document);
        replacedByNumber = document.getReplacedBy() == null ? "" : document.getReplacedBy().getNumber();
    }

    /** A new document goes to its own page, where files can be attached; a correction stays. */
    public String save() {
        DocumentForm form = fields.form();
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
        if (Faces.attempt(() -> document = registry.update(id, form), "done.document.saved", fields.getNumber())) {
            fields.setNumber(document.getNumber());
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
                ? "done.document.in-force" : "done.document.replaced", fields.getNumber(), replacedByNumber);
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

    public DocumentFields getFields() {
        return fields;
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

    public String getReplacedByNumber() {
        return replacedByNumber;
    }

    public void setReplacedByNumber(String replacedByNumber) {
        this.replacedByNumber = replacedByNumber;
    }
}
