package vn.provportal.admin.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.provportal.archive.boundary.ProvinceBackups;
import vn.provportal.archive.control.BackupStore;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.boundary.Tenants;

/**
 * A province's archive for the ministry: {@code ?tinh=<code>} writes it now, straight to the browser (the manifest is the
 * last entry, so a download cut short is refused on restore); {@code ?ban=<id>} a nightly backup's file. Under
 * {@code /console/*}, so for the ministry only; never cached.
 */
@WebServlet("/console/sao-luu")
public class BackupDownloadServlet extends HttpServlet {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    @Inject
    ProvinceBackups backups;

    @Inject
    Tenants tenants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            String code = request.getParameter("tinh");
            if (code != null && tenants.findByCode(code).isPresent()) {
                attachment(response, code + "-" + ZonedDateTime.now(VietnamTime.ZONE).format(STAMP) + ".zip");
                backups.export(code, response.getOutputStream());
                return;
            }
            Optional<BackupStore.Backup> nightly = id(request.getParameter("ban")).flatMap(this::backup).filter(BackupStore.Backup::done);
            if (nightly.isPresent()) {
                Path file = backups.store().fileOf(nightly.get());
                if (Files.isRegularFile(file)) {
                    attachment(response, file.getFileName().toString());
                    response.setContentLengthLong(Files.size(file));
                    Files.copy(file, response.getOutputStream());
                    return;
                }
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Không tìm thấy bản sao lưu");
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private Optional<BackupStore.Backup> backup(long id) {
        try {
            return backups.backup(id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Long> id(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
