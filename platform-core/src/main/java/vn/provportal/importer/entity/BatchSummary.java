package vn.provportal.importer.entity;

import java.time.Instant;

/** A staged or finished import as the import screen lists it (never its bytes). */
public record BatchSummary(long id, SiteExport.Kind kind, String fileName, String archiveName, String createdBy,
        Instant createdAt, String importedBy, Instant importedAt, Integer importedCount) {

    public boolean imported() {
        return importedAt != null;
    }
}
