package vn.provportal.admin.importer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.importer.boundary.SiteImports;
import vn.provportal.importer.entity.ImportBatch;
import vn.provportal.importer.entity.ImportPlan;
import vn.provportal.importer.entity.ImportedArticle;
import vn.provportal.importer.entity.SiteExport;
import vn.provportal.platform.InvalidInput;

/**
 * Backs {@code /import/batch.xhtml?id=}: the dry run of a staged upload — every post with the address, category and images
 * it will get and the old addresses that will lead to it, every item skipped with its reason — then the import itself, or
 * the upload discarded. Read again for each request: the plan is what the import will do at that moment.
 */
@Named
@ViewScoped
public class ImportBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteImports imports;

    private Long id;
    private transient ImportBatch batch;
    private transient ImportPlan plan;
    private transient java.util.List<ImportedArticle> imported;

    public void load() throws IOException {
        try {
            batch = id == null ? null : imports.get(id);
        } catch (InvalidInput e) {
            batch = null;
        }
        if (batch == null) {
            Faces.notFound();
        }
    }

    public String run() {
        try {
            int count = imports.run(id, Faces.user());
            Faces.info("done.import.run", count, getPlan().redirectCount());
        } catch (InvalidInput e) {
            Faces.error(e);
        }
        batch = null;
        plan = null;
        imported = null;
        return null;
    }

    public String discard() {
        return Faces.attemptThenGo(() -> imports.discard(id), "/import/index", "done.import.discarded");
    }

    public ImportBatch getBatch() {
        if (batch == null && id != null) {
            batch = imports.get(id);
        }
        return batch;
    }

    public ImportPlan getPlan() {
        if (plan == null && id != null) {
            plan = imports.plan(id);
        }
        return plan;
    }

    /** After the import: each article it made, with the old addresses that now lead to it. */
    public java.util.List<ImportedArticle> getImported() {
        if (imported == null && id != null) {
            imported = imports.imported(id);
        }
        return imported;
    }

    /** How many items each reason left out, by reason. */
    public Map<String, Long> getSkippedByReason() {
        Map<String, Long> counts = new TreeMap<>();
        for (SiteExport.Skipped skipped : getPlan().skipped()) {
            counts.merge(skipped.reason(), 1L, Long::sum);
        }
        return counts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
