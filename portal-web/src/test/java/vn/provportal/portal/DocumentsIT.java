package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.provportal.document.entity.DocumentFile;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.tenant.entity.Theme;

/**
 * "Văn bản" on the portal (#17 item 1): the registry listed newest first and narrowed by number typed without marks,
 * by words inside a file, by kind, year and status, junk filters ignored; a document's facts with its status today and
 * the replacement linked both ways; its file downloaded as an attachment, never sniffed; another province with a
 * document at the same address shows only its own, and answers 404 for the first province's file; sitemap.xml and the
 * footer link the registry.
 */
class DocumentsIT extends DeployedPortal {

    private static final byte[] PDF = "%PDF-1.4\n% ProvPortal\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCitizenFindsADocumentByItsNumberWithoutMarksReadsItAndDownloadsItsFile() {
        ProvinceFixture p = ProvinceFixture.create("vb", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("vc", new Theme(Theme.BLUE, "#0d47a1", "#90caf9", null, null));
        long fileId = ProvinceFixture.jpa().inTransaction(p.code, em -> {
            LegalDocument old = document("7/2023/QĐ-UBND", DocumentType.QUYET_DINH, LocalDate.of(2023, 2, 1), null,
                    "Quy định về quản lý vật liệu nổ công nghiệp");
            LegalDocument decision = document("12/2025/QĐ-UBND", DocumentType.QUYET_DINH, LocalDate.of(2025, 3, 10), null,
                    "Ban hành Quy chế phối hợp bảo đảm an ninh, trật tự");
            LegalDocument directive = document("3/2024/CT-UBND", DocumentType.CHI_THI, LocalDate.of(2024, 1, 5),
                    LocalDate.of(2025, 1, 5), "Tăng cường phòng cháy, chữa cháy dịp Tết");
            List.of(old, decision, directive).forEach(em::persist);
            em.flush();
            decision.index("Điều 5. Công an xã tuần tra ban đêm");
            old.replaceWith(decision, Instant.now());
            DocumentFile file = new DocumentFile(decision.getId(), "Quyết định 12-2025 quy chế phối hợp.pdf",
                    "application/pdf", PDF, "0".repeat(64), "Điều 5", "hy-editor", Instant.now());
            em.persist(file);
            em.flush();
            return file.getId();
        });
        ProvinceFixture.jpa().inTransaction(other.code, em -> {
            em.persist(document("12/2025/QĐ-UBND", DocumentType.QUYET_DINH, LocalDate.of(2025, 4, 1), null,
                    "Quyết định của tỉnh khác " + other.code));
            return null;
        });

        assertEquals(List.of("Quyết định số 12/2025/QĐ-UBND", "Chỉ thị số 3/2024/CT-UBND", "Quyết định số 7/2023/QĐ-UBND"),
                numbers(p, "/van-ban"), "newest issued first");
        assertEquals(List.of("Quyết định số 12/2025/QĐ-UBND"), numbers(p, "/van-ban?tim=12%2F2025%2Fqd-ubnd"), "no marks");
        assertEquals(List.of("Quyết định số 12/2025/QĐ-UBND"), numbers(p, "/van-ban?tim=12%2F2025"), "part of the number");
        assertEquals(List.of("Quyết định số 12/2025/QĐ-UBND"), numbers(p, "/van-ban?tim=tuan+tra+ban+dem"), "words in its file");
        assertEquals(List.of("Chỉ thị số 3/2024/CT-UBND"), numbers(p, "/van-ban?loai=chi-thi"));
        assertEquals(List.of("Chỉ thị số 3/2024/CT-UBND"), numbers(p, "/van-ban?nam=2024&hieu-luc=het-hieu-luc"));
        assertEquals(List.of("Quyết định số 7/2023/QĐ-UBND"), numbers(p, "/van-ban?hieu-luc=bi-thay-the"));
        assertEquals(3, numbers(p, "/van-ban?loai=xyz&nam=abc&hieu-luc=%3Cb%3E&trang=-4").size(), "junk filters ignored");
        Document none = PortalClient.html(portal.get(p.path("/van-ban?tim=kh%C3%B4ng+c%C3%B3+g%C3%AC")));
        assertEquals("Không có văn bản nào khớp với điều kiện tìm.", none.select(".no-results").text());
        assertEquals("noindex, follow", none.select("meta[name=robots]").attr("content"), "filtered lists are not indexed");

        Document decision = PortalClient.html(portal.get(p.path("/van-ban/12-2025-qd-ubnd")));
        assertEquals("Quyết định số 12/2025/QĐ-UBND", decision.select("h1").text());
        assertEquals("Còn hiệu lực", decision.select("td.document-status").text());
        assertTrue(decision.select(".document-facts").text().contains("Ngày ban hành 10/03/2025"), decision.select(".document-facts").text());
        assertTrue(decision.select(".document-facts a").eachAttr("href").contains(p.path("/van-ban/7-2023-qd-ubnd")), "what it replaces");
        String fileLink = decision.select("a.document-file").attr("href");
        assertEquals(p.path("/van-ban/tep/" + fileId), fileLink);
        assertEquals("Quyết định 12-2025 quy chế phối hợp.pdf", decision.select("a.document-file").text());
        Document old = PortalClient.html(portal.get(p.path("/van-ban/7-2023-qd-ubnd")));
        assertTrue(old.select("td.document-status").text().startsWith("Bị thay thế bởi Quyết định số 12/2025/QĐ-UBND"),
                old.select("td.document-status").text());
        assertEquals(p.path("/van-ban/12-2025-qd-ubnd"), old.select("a.replaced-by").attr("href"));

        HttpResponse<byte[]> file = portal.download(fileLink);
        assertEquals(200, file.statusCode());
        assertArrayEquals(PDF, file.body());
        assertEquals("application/pdf", file.headers().firstValue("content-type").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("x-content-type-options").orElse(""));
        String disposition = file.headers().firstValue("content-disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"Quyet-dinh-12-2025-quy-che-phoi-hop.pdf\"; filename*=UTF-8''Quy%E1%BA%BFt"),
                disposition);

        Document elsewhere = PortalClient.html(portal.get(other.path("/van-ban/12-2025-qd-ubnd")));
        assertEquals("Quyết định của tỉnh khác " + other.code, elsewhere.select(".lead").text(), "the same address, its own");
        assertFalse(elsewhere.html().contains("Quy chế phối hợp"));
        assertEquals(List.of("Quyết định số 12/2025/QĐ-UBND"), numbers(other, "/van-ban"));
        assertEquals(List.of(), numbers(other, "/van-ban?tim=tuan+tra"), "never another province's file text");
        for (String path : List.of(other.path("/van-ban/tep/" + fileId), other.path("/van-ban/7-2023-qd-ubnd"),
                p.path("/van-ban/99-2099-qd-ubnd"), p.path("/van-ban/tep/999999999"))) {
            HttpResponse<String> missing = portal.get(path);
            assertEquals(404, missing.statusCode(), path);
            assertTrue(PortalClient.html(missing).text().contains("Không tìm thấy"), path);
        }

        String sitemap = portal.get(p.path("/sitemap.xml")).body();
        assertTrue(sitemap.contains(p.path("/van-ban/12-2025-qd-ubnd") + "</loc>"), sitemap);
        assertFalse(portal.get(other.path("/sitemap.xml")).body().contains("/van-ban/7-2023-qd-ubnd</loc>"));
        assertTrue(PortalClient.html(portal.get(p.path("/"))).select(".footer-links a").eachAttr("href")
                .contains(p.path("/van-ban")), "every page's footer links the registry");
    }

    private static LegalDocument document(String number, DocumentType type, LocalDate issued, LocalDate expires, String summary) {
        LegalDocument document = new LegalDocument(number, type, "UBND tỉnh", "Trần Quốc Văn", "An ninh, trật tự", summary,
                issued, issued, expires, "hy-editor", Instant.now());
        document.setSlug(number.toLowerCase().replace("đ", "d").replaceAll("[^a-z0-9]+", "-"));
        document.index("");
        return document;
    }

    private List<String> numbers(ProvinceFixture p, String path) {
        HttpResponse<String> page = portal.get(p.path(path));
        assertEquals(200, page.statusCode(), path);
        return PortalClient.html(page).select(".document-number a").eachText();
    }
}
