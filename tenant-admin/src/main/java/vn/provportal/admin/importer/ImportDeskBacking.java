package vn.provportal.admin.importer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.admin.workspace.Uploads;
import vn.provportal.importer.boundary.SiteImports;
import vn.provportal.importer.control.ImageArchive;
import vn.provportal.importer.control.WxrReader;
import vn.provportal.importer.entity.BatchSummary;
import vn.provportal.importer.entity.ImportBatch;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Backs {@code /import/index.xhtml}: the old site's export or feed (and the ZIP of its images) uploaded for a dry run, and
 * the province's earlier imports. A refused upload says why (the line of bad XML, the size, the archive) and keeps nothing.
 */
@Named
@RequestScoped
public class ImportDeskBacking {

    @Inject
    SiteImports imports;

    @Inject
    CurrentTenant currentTenant;

    private Part source;
    private Part archive;
    private List<BatchSummary> batches;

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    /** Stages the upload and opens its dry run; nothing is imported yet. */
    public String dryRun() throws IOException {
        Optional<byte[]> read = Uploads.read(source, WxrReader.MAX_BYTES);
        if (read.isEmpty()) {
            return null;
        }
        byte[] images = null;
        if (archive != null && archive.getSize() > 0) {
            Optional<byte[]> zip = Uploads.read(archive, ImageArchive.MAX_BYTES);
            if (zip.isEmpty()) {
                return null;
            }
            images = zip.get();
        }
        try {
            ImportBatch batch = imports.stage(source.getSubmittedFileName(), read.get(),
                    archive == null ? null : archive.getSubmittedFileName(), images, Faces.user());
            return "/import/batch?faces-redirect=true&id=" + batch.getId();
        } catch (InvalidInput e) {
            Faces.error(e);
            return null;
        }
    }

    public List<BatchSummary> getBatches() {
        if (batches == null) {
            batches = isProvinceChosen() ? imports.batches() : List.of();
        }
        return batches;
    }

    public Part getSource() {
        return source;
    }

    public void setSource(Part source) {
        this.source = source;
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }
}
