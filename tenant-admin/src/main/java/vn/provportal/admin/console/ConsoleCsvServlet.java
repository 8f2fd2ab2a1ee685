package vn.provportal.admin.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.provportal.audit.boundary.AuditLog;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.boundary.Fleet;

/**
 * The console's CSV exports (Commons CSV, UTF-8 with BOM so spreadsheet programs read Vietnamese): the fleet
 * table and the filtered audit log. Cells that a spreadsheet would run as a formula are written as text.
 * Under {@code /console/*}, so for the ministry only.
 */
@WebServlet({"/console/fleet.csv", "/console/audit.csv"})
public class ConsoleCsvServlet extends HttpServlet {

    @Inject
    Fleet fleet;

    @Inject
    AuditLog auditLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean audit = request.getServletPath().endsWith("audit.csv");
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (audit ? "nhat-ky" : "toan-quoc") + ".csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            if (audit) {
                csv.printRecord("Thời điểm", "Tỉnh", "Người thực hiện", "Địa chỉ", "Hành động", "Chi tiết");
                for (var e : auditLog.find(new AuditLog.Filter(request.getParameter("tinh"), request.getParameter("nguoi"),
                        request.getParameter("hanh-dong"), date(request.getParameter("tu")), date(request.getParameter("den"))),
                        AuditLog.MAX)) {
                    csv.printRecord(VietnamTime.dateTime(e.getOccurredAt()), safe(e.getTenantCode()), safe(e.getActor()),
                            safe(e.getClientAddress()), safe(e.getAction()), safe(e.getDetail()));
                }
            } else {
                csv.printRecord("Mã", "Tỉnh", "Trạng thái", "Bài đăng 7 ngày", "Bài đăng 30 ngày", "Lượt xem", "Chờ duyệt",
                        "Đăng gần nhất", "Bình luận chờ", "Số liệu tính đến");
                for (Fleet.Row r : fleet.rows()) {
                    csv.printRecord(r.tenant().getCode().value(), safe(r.tenant().getNameVi()), r.tenant().getStatus(),
                            r.published7(), r.published30(), r.views(), r.inReview(), VietnamTime.dateTime(r.lastPublished()),
                            r.commentsWaiting(), VietnamTime.dateTime(r.statisticsAsOf()));
                }
            }
        }
    }

    /** A cell starting with = + - @ would be run by a spreadsheet; a leading apostrophe keeps it text. */
    static String safe(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
