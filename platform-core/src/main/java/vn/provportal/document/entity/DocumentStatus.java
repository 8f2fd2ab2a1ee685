package vn.provportal.document.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a document is law today: not yet in force, in force, past its expiry date, or replaced by another
 * document of the registry (which wins over the dates). Read for a day, never stored: tomorrow may differ.
 */
public enum DocumentStatus {
    NOT_YET("chua-hieu-luc"),
    IN_FORCE("con-hieu-luc"),
    EXPIRED("het-hieu-luc"),
    REPLACED("bi-thay-the");

    private final String slug;

    DocumentStatus(String slug) {
        this.slug = slug;
    }

    public static Optional<DocumentStatus> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public String getSlug() {
        return slug;
    }
}
