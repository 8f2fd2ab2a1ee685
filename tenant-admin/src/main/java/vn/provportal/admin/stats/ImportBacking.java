package vn.provportal.admin.stats;

import vn.provportal.admin.workspace.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.provportal.stats.boundary.ProcessingRow;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.control.ProcessingCsv;
import vn.provportal.stats.entity.Source;

/**
 * Backs {@code /stats/import.xhtml}: upload a CSV, see every line it would import and every line it refuses
 * (line, column, reason), then apply it whole — or not at all.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = vn.provportal.stats.control.ProcessingCsv.MAX_BYTES;

    @Inject
    Statistics statistics;

    private transient Part file;
    private List<ProcessingRow> rows = List.of();
    private List<ProcessingCsv.LineError> errors = List.of();

    public void preview() throws IOException {
        if (file == null || file.getSize() == 0) {
            Faces.error("error.csv.none");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Faces.error("error.csv.size", MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ProcessingCsv.Preview preview = ProcessingCsv.read(in.readAllBytes());
            rows = preview.rows();
            errors = preview.errors();
        }
        if (errors.isEmpty()) {
            Faces.info("done.csv.checked", rows.size());
        } else {
            Faces.warn("error.csv.lines", errors.size());
        }
    }

    public void apply() {
        if (!errors.isEmpty() || rows.isEmpty()) {
            Faces.error("error.csv.not.ready");
            return;
        }
        int count = statistics.recordAll(rows, Source.CSV, Instant.now());
        Faces.info("done.csv.imported", count);
        rows = List.of();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<ProcessingRow> getRows() {
        return rows;
    }

    public List<ProcessingCsv.LineError> getErrors() {
        return errors;
    }

    public boolean isReady() {
        return errors.isEmpty() && !rows.isEmpty();
    }
}
