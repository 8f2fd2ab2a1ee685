package vn.provportal.document.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** What a registrar types for a document, as one value: checked whole by {@link LegalDocument#describe}. */
public record DocumentForm(String number, DocumentType type, String issuer, String signer, String field, String summary,
        LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn) implements Serializable {
}
