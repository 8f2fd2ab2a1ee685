package vn.provportal.document.entity;

/**
 * What a reader narrows the registry by: kind, issuer, field, year issued, status today and words (a number such as
 * {@code 12/2025} or {@code 12/2025/qd-ubnd}, or words of the summary or the files, with or without marks). Each may
 * be null.
 */
public record DocumentQuery(DocumentType type, String issuer, String field, Integer year, DocumentStatus status,
        String words) {

    public static final DocumentQuery ALL = new DocumentQuery(null, null, null, null, null, null);
}
