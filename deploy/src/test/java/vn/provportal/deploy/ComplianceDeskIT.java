package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compliance checklist through the whole stack (#17 item 5), on the demo provinces: Hưng Yên's administrator sees
 * Hưng Yên's only — its documents, answered questions, consultations and this week's schedule met, the backup and
 * HTTPS lines not met with their reasons, accessibility said to be measured elsewhere — and downloads the evidence pack
 * (JSON and HTML for Hưng Yên only); the ministry sees every province; an editor is refused.
 */
@ExtendWith(RunningStack.class)
class ComplianceDeskIT {

    @Test
    void aProvincesAdministratorReadsTheChecklistAndDownloadsTheEvidence() throws Exception {
        StackConfig config = RunningStack.config();
        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        Document page = Browser.html(admin.get(config.adminUrl() + "/compliance/index.xhtml"));
        assertEquals(1, page.select("section.compliance-province").size(), "its own province only");
        assertTrue(page.select("section.compliance-province h2").text().contains("Hưng Yên"));
        Map<String, String> verdicts = new HashMap<>();
        page.select("tr[data-check]").forEach(row -> verdicts.put(row.attr("data-check"), row.select(".compliance-verdict").text()));
        for (String met : List.of("documents", "questions", "consultations", "schedule", "search-sitemap-print", "nfc")) {
            assertEquals("Đạt", verdicts.get(met), met);
        }
        assertEquals("Chưa đạt", verdicts.get("backup"));
        assertTrue(page.select("tr[data-check=backup]").text().contains("chưa ghi nhận bản sao lưu"), "the red line explained");
        assertEquals("Chưa đạt", verdicts.get("https"), "the test stack serves plain HTTP");
        assertEquals("Không đo trên máy chủ", verdicts.get("accessibility"));

        HttpResponse<byte[]> pack = admin.download(config.adminUrl() + "/compliance/ho-so-minh-chung.zip");
        assertEquals(200, pack.statusCode());
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pack.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(java.util.Set.of("hung-yen/tuan-thu.json", "hung-yen/tuan-thu.html"), files.keySet());
        assertTrue(files.get("hung-yen/tuan-thu.json").contains("\"check\":\"backup\",\"label\":\"Bản sao lưu gần nhất\",\"verdict\":\"FAIL\""),
                files.get("hung-yen/tuan-thu.json"));
        assertTrue(files.get("hung-yen/tuan-thu.html").contains("<td>Chuyên mục Văn bản có nội dung</td><td>Đạt</td>"));

        Browser ministry = new Browser();
        ministry.signIn(config.adminUrl() + "/", "ministry-admin", RunningStack.PASSWORD);
        List<String> provinces = Browser.html(ministry.get(config.adminUrl() + "/compliance/index.xhtml"))
                .select("section.compliance-province h2").eachText();
        assertTrue(provinces.size() >= 2 && provinces.stream().anyMatch(p -> p.contains("Thái Bình")), provinces.toString());

        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        assertEquals(403, editor.get(config.adminUrl() + "/compliance/index.xhtml").statusCode());
        assertEquals(403, editor.download(config.adminUrl() + "/compliance/ho-so-minh-chung.zip").statusCode());
    }
}
