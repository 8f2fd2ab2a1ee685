package vn.provportal.portal.stats;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.control.ProcessingCsv;
import vn.provportal.tenant.boundary.CurrentTenant;

/** The processing results as CSV, in the same format an import takes (formula cells neutralised). */
@WebServlet("/stats-csv")
public class StatisticsCsvServlet extends HttpServlet {

    @Inject
    Statistics statistics;

    @Inject
    CurrentTenant currentTenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var type = vn.provportal.stats.entity.PeriodType.parse(request.getParameter("ky"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"thong-ke-xu-ly-"
                + currentTenant.get().getCode().value() + ".csv\"");
        response.getWriter().write(ProcessingCsv.write(statistics.processingHistory(type, 1000)));
    }
}
