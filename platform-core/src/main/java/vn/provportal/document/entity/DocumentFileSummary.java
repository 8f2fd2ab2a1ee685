package vn.provportal.document.entity;

import java.io.Serializable;
import java.util.Locale;

/** A document's file as pages list it: its number, name, type and size — not its bytes. */
public record DocumentFileSummary(long id, String fileName, String contentType, long sizeBytes) implements Serializable {

    /** "PDF, 1,2 MB" as a reader sees it. */
    public String kind() {
        String kind = contentType.contains("pdf") ? "PDF" : contentType.contains("openxml") ? "DOCX" : "DOC";
        return kind + ", " + (sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format(Locale.forLanguageTag("vi"), "%.1f MB", sizeBytes / 1_048_576.0));
    }
}
