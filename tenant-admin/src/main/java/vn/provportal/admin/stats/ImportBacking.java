package vn.provportal.admin.stats;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Chưa chọn tệp CSV", "No file chosen"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Tệp lớn quá " + MAX_BYTES / (1024 * 1024) + " MB", "The file exceeds "
                    + MAX_BYTES / (1024 * 1024) + " MB"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ProcessingCsv.Preview preview = ProcessingCsv.read(in.readAllBytes());
            rows = preview.rows();
            errors = preview.errors();
        }
        faces.addMessage(null, errors.isEmpty()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, rows.size() + " dòng hợp lệ, sẵn sàng nhập", null)
                : new FacesMessage(FacesMessage.SEVERITY_WARN, errors.size()
                        + " dòng có lỗi: sửa tệp rồi tải lại; chưa nhập dòng nào", null));
    }

    public void apply() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!errors.isEmpty() || rows.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Không thể nhập: tệp còn lỗi hoặc trống", "Nothing imported: the file has errors or is empty"));
            return;
        }
        int count = statistics.recordAll(rows, Source.CSV, Instant.now());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Đã nhập " + count + " dòng", null));
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
