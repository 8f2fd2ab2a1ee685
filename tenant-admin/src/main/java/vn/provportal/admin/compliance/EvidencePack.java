package vn.provportal.admin.compliance;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.provportal.compliance.boundary.Compliance;
import vn.provportal.compliance.entity.Check;
import vn.provportal.compliance.entity.ProvinceCompliance;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * The evidence pack for an inspection ({@code /compliance/ho-so-minh-chung.zip}): per province a JSON file of the
 * checklist and an HTML page an inspector can read and print, as computed at the moment of download. A province's
 * administrator gets the province's; the ministry every province's (or the one it stepped into).
 */
@WebServlet("/compliance/ho-so-minh-chung.zip")
public class EvidencePack extends HttpServlet {

    @Inject
    Compliance compliance;

    @Inject
    CurrentTenant currentTenant;

    /** What the signed-in user may see: the province they work in, or every province for the ministry outside one. */
    static List<ProvinceCompliance> provincesFor(Compliance compliance, CurrentTenant currentTenant, Instant now) {
        return currentTenant.isResolved()
                ? compliance.of(currentTenant.get().getCode().value(), now).map(List::of).orElse(List.of())
                : compliance.all(now);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ProvinceCompliance> provinces = provincesFor(compliance, currentTenant, Instant.now());
        ResourceBundle words = ResourceBundle.getBundle("vn.provportal.admin.messages", java.util.Locale.forLanguageTag("vi"));
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"ho-so-minh-chung.zip\"");
        response.setHeader("Cache-Control", "no-store");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            for (ProvinceCompliance province : provinces) {
                zip.putNextEntry(new ZipEntry(province.code() + "/tuan-thu.json"));
                zip.write(json(province, words).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(province.code() + "/tuan-thu.html"));
                zip.write(html(province, words).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    static String json(ProvinceCompliance province, ResourceBundle words) {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (Check check : province.checks()) {
            checks.add(Json.createObjectBuilder().add("check", check.key()).add("label", words.getString("compliance.check." + check.key()))
                    .add("verdict", check.verdict().name()).add("evidence", check.evidence())
                    .add("link", check.link() == null ? "" : check.link()));
        }
        StringWriter out = new StringWriter();
        Json.createWriter(out).writeObject(Json.createObjectBuilder().add("province", province.code())
                .add("name", province.nameVi()).add("checkedAt", province.checkedAt().toString())
                .add("failing", province.failing()).add("checks", checks).build());
        return out.toString();
    }

    static String html(ProvinceCompliance province, ResourceBundle words) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(words.getString("compliance"))).append(" — ").append(escape(province.nameVi()))
                .append("</title></head><body><h1>").append(escape(words.getString("compliance"))).append(" — ")
                .append(escape(province.nameVi())).append("</h1><p>").append(escape(words.getString("compliance.checked.at")))
                .append(' ').append(VietnamTime.dateTime(province.checkedAt())).append("</p><table border=\"1\"><thead><tr><th>")
                .append(escape(words.getString("compliance.line"))).append("</th><th>").append(escape(words.getString("compliance.verdict")))
                .append("</th><th>").append(escape(words.getString("compliance.evidence"))).append("</th></tr></thead><tbody>");
        for (Check check : province.checks()) {
            html.append("<tr><td>").append(escape(words.getString("compliance.check." + check.key()))).append("</td><td>")
                    .append(escape(words.getString("compliance.verdict." + check.verdict()))).append("</td><td>")
                    .append(escape(check.evidence())).append(check.link() == null ? "" : " (" + escape(check.link()) + ")")
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
