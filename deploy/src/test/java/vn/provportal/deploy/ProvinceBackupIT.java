package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ministry backs up Hưng Yên from its console and restores it beside the original under a new code (#15 item 2):
 * the archive downloaded, an altered copy refused with the reason and nothing written, the dry run saying what the
 * archive holds and that its code is taken, then the restore — and the copy's portal serves Hưng Yên's articles and
 * photos at its own address. A province's administrator can neither download nor restore.
 */
@ExtendWith(RunningStack.class)
class ProvinceBackupIT {

    @Test
    void theMinistryDownloadsAProvinceAndRestoresItBesideTheOriginalAfterADryRun() throws IOException {
        StackConfig config = RunningStack.config();
        Browser ministry = new Browser();
        ministry.signIn(config.adminUrl() + "/", "ministry-admin", RunningStack.PASSWORD);
        String url = config.adminUrl() + "/console/backups.xhtml";
        Document page = Browser.html(ministry.get(url));
        assertEquals("Sao lưu và khôi phục", page.selectFirst("h1").text());
        assertTrue(page.select("#download-province option[value=hung-yen]").size() == 1);

        HttpResponse<byte[]> archive = ministry.download(config.adminUrl() + "/console/sao-luu?tinh=hung-yen");
        assertEquals(200, archive.statusCode());
        assertEquals("application/zip", archive.headers().firstValue("content-type").orElse("").split(";")[0]);
        assertTrue(archive.headers().firstValue("content-disposition").orElse("").contains("hung-yen-"));
        Map<String, byte[]> entries = unzip(archive.body());
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"code\":\"hung-yen\""), manifest);
        assertTrue(entries.keySet().stream().anyMatch(e -> e.startsWith("files/media_file/")), "the photos come along");

        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        assertEquals(403, admin.download(config.adminUrl() + "/console/sao-luu?tinh=hung-yen").statusCode(),
                "a province's administrator downloads no archive, not even of their own province");
        assertEquals(403, admin.get(url).statusCode());

        // an archive changed after it was written: refused with the part named, nothing kept
        byte[] altered = rezip(entries, "tables/article.jsonl", text -> text + " ");
        Document refused = Browser.html(ministry.upload(ministry.get(url), form(ministry, url, "upload"), Map.of("upload:check", ""),
                "upload:archive", "hung-yen.zip", altered));
        assertTrue(refused.select(".ui-messages-error").text().contains("tables/article.jsonl"), refused.select(".ui-messages").text());
        assertTrue(refused.select("#checked").isEmpty());

        HttpResponse<String> checked = ministry.upload(ministry.get(url), form(ministry, url, "upload"), Map.of("upload:check", ""),
                "upload:archive", "hung-yen.zip", archive.body());
        Document dryRun = Browser.html(checked);
        assertTrue(checked.uri().toString().contains("tep="), checked.uri().toString());
        assertEquals("Bản sao lưu nguyên vẹn: mọi phần khớp mã SHA-256 trong bản kê.", dryRun.selectFirst("#checked-ok").text());
        assertTrue(dryRun.selectFirst("#code-taken").text().startsWith("Mã hung-yen đã có trên nền tảng"));
        assertEquals("", dryRun.selectFirst("input[name='restore:as']").val(), "the taken code is not offered");

        String copy = "hy-ban-sao-" + UUID.randomUUID().toString().substring(0, 6);
        Element restoreForm = dryRun.selectFirst("form#restore");
        Document taken = Browser.html(ministry.submit(checked, restoreForm, Map.of("restore:as", "hung-yen", "restore:do-restore", "")));
        assertTrue(taken.select(".ui-messages-error").text().contains("đã có dữ liệu"), taken.text());
        assertEquals("hung-yen", taken.selectFirst("input[name='restore:as']").val(), "the form keeps what was typed");
        Document restored = Browser.html(ministry.submit(checked, restoreForm, Map.of("restore:as", copy, "restore:do-restore", "")));
        assertTrue(restored.select(".ui-messages-info").text().startsWith("Đã khôi phục hung-yen thành " + copy),
                restored.select(".ui-messages").text());

        Document original = Browser.html(new Browser().get(config.portalUrl() + "/hung-yen/"));
        Document restoredHome = Browser.html(new Browser().get(config.portalUrl() + "/" + copy + "/"));
        List<String> titles = original.select(".news-title, .featured-title").eachText();
        assertFalse(titles.isEmpty());
        assertEquals(titles, restoredHome.select(".news-title, .featured-title").eachText(), "the same articles on the copy's home");
        Element photo = restoredHome.selectFirst("main img[src*=/media/]");
        assertNotNull(photo);
        assertTrue(photo.attr("src").startsWith("/" + copy + "/media/"));
        assertEquals(200, new Browser().download(config.portalUrl() + photo.attr("src")).statusCode(), "its photos served");

        Document audit = Browser.html(ministry.get(config.adminUrl() + "/console/audit.xhtml?hanh-dong=province.restored"));
        assertTrue(audit.text().contains("hung-yen → " + copy), "the restore is in the audit log");
        Secrets secrets = Secrets.loadOrCreate(config.home());
        assertTrue(ProvinceCheck.look(config, secrets).inKeycloak().contains(copy), "its groups made in Keycloak");
        assertEquals(List.of(), ProvinceCheck.look(config, secrets).problems(), "the database and Keycloak in step");

        // the copy is archived, then erased for good: the code typed again, an archive written first
        String governUrl = config.adminUrl() + "/console/province.xhtml?code=" + copy;
        HttpResponse<String> govern = ministry.get(governUrl);
        ministry.submit(govern, Browser.html(govern).selectFirst("form#govern"), Map.of("govern:archive", ""));
        HttpResponse<String> archived = ministry.get(governUrl);
        Element eraseForm = Browser.html(archived).selectFirst("form#govern");
        Document wrongCode = Browser.html(ministry.submit(archived, eraseForm, Map.of("govern:typed-code", "hung-yen", "govern:do-erase", "")));
        assertTrue(wrongCode.select(".ui-messages-error").text().contains("Hãy nhập đúng mã tỉnh " + copy), wrongCode.text());
        assertEquals(1, StackDb.number("SELECT COUNT(*) FROM tenant WHERE code = '" + copy + "'"), "nothing erased yet");
        // a line of its own history (the console's actions above were the ministry's, under no province)
        StackDb.insert("INSERT INTO audit_log (occurred_at, tenant_code, actor, action, detail) VALUES (NOW(6), '" + copy
                + "', 'hy-admin', 'article.published', 'Tin của bản sao')");
        long auditLines = StackDb.number("SELECT COUNT(*) FROM audit_log WHERE tenant_code = '" + copy + "'");
        HttpResponse<String> again = ministry.get(governUrl);
        Document erased = Browser.html(ministry.submit(again, Browser.html(again).selectFirst("form#govern"),
                Map.of("govern:typed-code", copy, "govern:do-erase", "")));
        String said = erased.select(".ui-messages-info").text();
        assertTrue(said.startsWith("Đã xoá hẳn Công an tỉnh Hưng Yên"), erased.text());
        java.nio.file.Path safety = java.nio.file.Path.of(said.substring(said.indexOf("Bản sao lưu trước khi xoá: ") + 27).strip());
        assertTrue(java.nio.file.Files.isRegularFile(safety), "the archive written before: " + safety);
        assertEquals(0, StackDb.number("SELECT COUNT(*) FROM article WHERE tenant_id = '" + copy + "'"));
        assertEquals(0, StackDb.number("SELECT COUNT(*) FROM tenant WHERE code = '" + copy + "'"));
        assertEquals(auditLines, StackDb.number("SELECT COUNT(*) FROM audit_log WHERE tenant_code = '" + copy + "'"),
                "its audit lines kept");
        assertEquals(404, new Browser().get(config.portalUrl() + "/" + copy + "/").statusCode());
        assertFalse(ProvinceCheck.look(config, secrets).inKeycloak().contains(copy), "its groups gone from Keycloak");
        assertEquals(List.of(), ProvinceCheck.look(config, secrets).problems(), "the database and Keycloak still in step");
        assertTrue(StackDb.auditActions("ministry-admin", null).contains("province.erased"));
    }

    private static Element form(Browser browser, String url, String id) {
        return Browser.html(browser.get(url)).selectFirst("form#" + id);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] rezip(Map<String, byte[]> entries, String changed, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getKey().equals(changed)
                        ? change.apply(new String(e.getValue(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
