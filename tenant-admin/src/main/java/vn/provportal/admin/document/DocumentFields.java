package vn.provportal.admin.document;

import java.io.Serializable;
import java.time.LocalDate;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;

/**
 * A legal document's fields as typed on a form — the province's registry desk, the ministry's console — kept across a
 * refusal so that nothing typed is lost; it travels with the view, so it holds values only, never an entity.
 */
public class DocumentFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String number = "";
    private DocumentType type;
    private String issuer = "";
    private String signer = "";
    private String field = "";
    private String summary = "";
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private LocalDate expiresOn;

    public DocumentFields(DocumentType type, String issuer, LocalDate issuedOn) {
        this.type = type;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
    }

    public DocumentForm form() {
        return new DocumentForm(number, type, issuer, signer, field, summary, issuedOn, effectiveOn, expiresOn);
    }

    /** The stored document's values, to be corrected. */
    public void fill(LegalDocument document) {
        number = document.getNumber();
        type = document.getType();
        issuer = document.getIssuer();
        signer = document.getSigner() == null ? "" : document.getSigner();
        field = document.getField() == null ? "" : document.getField();
        summary = document.getSummary();
        issuedOn = document.getIssuedOn();
        effectiveOn = document.getEffectiveOn();
        expiresOn = document.getExpiresOn();
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
}
