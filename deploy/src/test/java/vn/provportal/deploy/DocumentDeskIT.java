package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The legal documents registry through the whole stack (#17 item 1): Hưng Yên's editor registers a decision — dates out
 * of order are refused with everything typed kept and nothing written — uploads its signed PDF (a page that says it is
 * a PDF but is HTML is refused by its content), and a citizen finds it on the portal by its number typed without marks
 * and by words of the PDF, reads it and downloads the very file; a newer decision marked as replacing it shows on both
 * pages; Thái Bình's editor and portal get 404s.
 */
@ExtendWith(RunningStack.class)
class DocumentDeskIT {

    @Test
    void anEditorRegistersADecisionThatACitizenFindsByItsNumberWithoutMarks() throws Exception {
        StackConfig config = RunningStack.config();
        int n = ThreadLocalRandom.current().nextInt(1000, 99999);
        String number = n + "/2026/QĐ-UBND";
        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        HttpResponse<String> blank = editor.get(config.adminUrl() + "/documents/edit.xhtml");
        assertEquals(200, blank.statusCode());
        Map<String, String> form = new HashMap<>(Map.of("document:number", number, "document:type", "QUYET_DINH",
                "document:issuer", "UBND tỉnh Hưng Yên", "document:signer", "Trần Quốc Văn", "document:field", "Phòng cháy, chữa cháy",
                "document:summary", "Ban hành Quy chế phối hợp phòng cháy, chữa cháy và cứu nạn, cứu hộ",
                "document:issued_input", "10/11/2026", "document:effective_input", "01/11/2026", "document:save", ""));
        Document refused = Browser.html(editor.submit(blank, Browser.html(blank).selectFirst("form#document"), form));
        assertTrue(refused.select("#messages").text().contains("Ngày hiệu lực 01/11/2026 trước ngày ban hành 10/11/2026"),
                refused.select("#messages").text());
        assertEquals(number, refused.select("input[name='document:number']").val(), "what was typed is kept");
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM legal_document WHERE number = '" + number + "'"), "nothing written");

        form.put("document:effective_input", "15/11/2026");
        HttpResponse<String> registered = editor.submit(blank, Browser.html(blank).selectFirst("form#document"), form);
        Document page = Browser.html(registered);
        assertTrue(page.select("#messages").text().contains("Đã đăng ký văn bản " + number), page.select("#messages").text());
        long id = StackDb.number("SELECT id FROM legal_document WHERE tenant_id = 'hung-yen' AND number = '" + number + "'");
        assertTrue(registered.uri().toString().endsWith("/documents/edit.xhtml?id=" + id), registered.uri().toString());

        HttpResponse<String> toCorrect = editor.get(config.adminUrl() + "/documents/edit.xhtml?id=" + id);
        Map<String, String> correction = new HashMap<>(form);
        correction.put("document:signer", "Nguyễn Hữu Nghĩa");
        Document corrected = Browser.html(editor.submit(toCorrect, Browser.html(toCorrect).selectFirst("form#document"), correction));
        assertTrue(corrected.select("#messages").text().contains("Đã lưu văn bản " + number), corrected.select("#messages").text());
        assertEquals("Nguyễn Hữu Nghĩa", StackDb.string("SELECT signer FROM legal_document WHERE id = " + id), "the correction is stored");

        byte[] pdf = fixture("quyet-dinh-phong-chay.pdf");
        Document lying = Browser.html(editor.upload(registered, page.selectFirst("form#upload"), Map.of("upload:attach", ""),
                "upload:file", "quyet-dinh.pdf", "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(lying.select("#messages").text().contains("quyet-dinh.pdf: chỉ nhận tệp PDF, DOC hoặc DOCX"),
                lying.select("#messages").text());
        HttpResponse<String> again = editor.get(config.adminUrl() + "/documents/edit.xhtml?id=" + id);
        Document uploaded = Browser.html(editor.upload(again, Browser.html(again).selectFirst("form#upload"),
                Map.of("upload:attach", ""), "upload:file", "Quyết định phòng cháy.pdf", pdf));
        assertTrue(uploaded.select("#messages").text().contains("Đã tải lên Quyết định phòng cháy.pdf"), uploaded.select("#messages").text());
        assertEquals(List.of("Quyết định phòng cháy.pdf"), uploaded.select(".document-file").eachText());
        assertEquals(1L, StackDb.number("SELECT COUNT(*) FROM legal_document_file WHERE document_id = " + id), "the lie left nothing");

        Browser citizen = new Browser();
        String slug = n + "-2026-qd-ubnd";
        String unmarked = (n + "/2026/qd-ubnd").replace("/", "%2F");
        assertEquals(List.of("Quyết định số " + number), Browser.html(citizen.get(config.portalUrl() + "/hung-yen/van-ban?tim="
                + unmarked)).select(".document-number a").eachText(), "found by the number typed without marks");
        assertEquals(List.of("Quyết định số " + number), Browser.html(citizen.get(config.portalUrl() + "/hung-yen/van-ban?tim="
                + n + "%2F2026+dien+tap+phuong+an+chua+chay")).select(".document-number a").eachText(), "and by words of its PDF");
        Document read = Browser.html(citizen.get(config.portalUrl() + "/hung-yen/van-ban/" + slug));
        assertEquals("Còn hiệu lực", read.select("td.document-status").text());
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(config.portalUrl()
                + read.select("a.document-file").attr("href"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertArrayEquals(pdf, file.body(), "the very file uploaded");
        assertTrue(file.headers().firstValue("content-disposition").orElse("").startsWith("attachment;"));

        String newer = (n + 1) + "/2026/QĐ-UBND";
        form.put("document:number", newer);
        form.put("document:summary", "Sửa đổi Quy chế phối hợp phòng cháy, chữa cháy");
        HttpResponse<String> blank2 = editor.get(config.adminUrl() + "/documents/edit.xhtml");
        editor.submit(blank2, Browser.html(blank2).selectFirst("form#document"), form);
        HttpResponse<String> desk = editor.get(config.adminUrl() + "/documents/edit.xhtml?id=" + id);
        Document marked = Browser.html(editor.submit(desk, Browser.html(desk).selectFirst("form#replace"),
                Map.of("replace:replaced-by", newer.replace("Đ", "D"), "replace:mark-replaced", "")));
        assertTrue(marked.select("#messages").text().contains("bị thay thế bởi"), marked.select("#messages").text());
        assertEquals("Bị thay thế", marked.select("#document-status").text());
        assertTrue(Browser.html(citizen.get(config.portalUrl() + "/hung-yen/van-ban/" + slug)).select("td.document-status").text()
                .startsWith("Bị thay thế bởi Quyết định số " + newer), "the portal shows it at once");

        assertEquals(404, citizen.get(config.portalUrl() + "/thai-binh/van-ban/" + slug).statusCode(), "not Thái Bình's");
        Browser theirs = new Browser();
        theirs.signIn(config.adminUrl() + "/", "tb-editor", RunningStack.PASSWORD);
        assertEquals(404, theirs.get(config.adminUrl() + "/documents/edit.xhtml?id=" + id).statusCode(),
                "Thái Bình's editor cannot open Hưng Yên's document");
        assertTrue(Browser.html(theirs.get(config.adminUrl() + "/documents/index.xhtml")).select("a.document-open").eachText()
                .stream().noneMatch(number::equals), "nor list it");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DocumentDeskIT.class.getResourceAsStream("/documents/" + name)) {
            return in.readAllBytes();
        }
    }
}
