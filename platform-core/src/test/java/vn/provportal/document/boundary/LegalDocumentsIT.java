package vn.provportal.document.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentQuery;
import vn.provportal.document.entity.DocumentStatus;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.platform.InvalidInput;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.OfficeFiles;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * The legal documents registry on a real MariaDB (#17 item 1): registered, found by its number typed without marks, by
 * part of it and by words inside its file; filtered by kind, year and status; replaced by a newer one; a taken number,
 * dates out of order and a file that lies about its type refused with nothing written; another province neither
 * finds, reads nor changes any of it.
 */
class LegalDocumentsIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T registry(String tenant, Function<LegalDocuments, T> work) {
        return Wired.call(jpa, tenant, new LegalDocuments(), work);
    }

    private static DocumentForm form(String number, DocumentType type, LocalDate issued, LocalDate expires, String summary) {
        return new DocumentForm(number, type, "UBND tỉnh Hưng Yên", "Trần Quốc Văn", "An ninh, trật tự", summary, issued,
                issued.plusDays(10), expires);
    }

    private static List<String> numbers(String tenant, DocumentQuery query) {
        return registry(tenant, r -> r.search(query, TODAY, 0, 50)).stream().map(LegalDocument::getNumber).toList();
    }

    @Test
    void aDocumentIsFoundByItsNumberWithoutMarksAndByWordsInsideItsFile() throws Exception {
        String province = Fixtures.uniqueTenantCode("vb");
        String other = Fixtures.uniqueTenantCode("vc");
        LegalDocument decision = registry(province, r -> r.register(form("12/2025/QĐ-UBND", DocumentType.QUYET_DINH,
                LocalDate.of(2025, 3, 10), null, "Ban hành Quy chế phối hợp bảo đảm an ninh, trật tự"), "hy-editor"));
        assertEquals("12-2025-qd-ubnd", decision.getSlug());
        registry(province, r -> r.register(form("3/2024/CT-UBND", DocumentType.CHI_THI, LocalDate.of(2024, 1, 5),
                LocalDate.of(2025, 1, 5), "Tăng cường phòng cháy, chữa cháy"), "hy-editor"));
        registry(province, r -> r.attach(decision.getId(), "quy-che.docx", OfficeFiles.docx("Điều 5. Trách nhiệm của Công an xã "
                + "trong tuần tra ban đêm"), "hy-editor"));

        for (String typed : List.of("12/2025/QĐ-UBND", "12/2025/qd-ubnd", "12/2025", "QD-UBND 12", "tuần tra ban đêm",
                "TUAN TRA BAN DEM", "quy che phoi hop")) {
            assertEquals(List.of("12/2025/QĐ-UBND"), numbers(province, new DocumentQuery(null, null, null, null, null, typed)),
                    typed);
        }
        assertEquals(List.of(), numbers(province, new DocumentQuery(null, null, null, null, null, "12/2025 ban đêm xyz")));
        assertEquals(List.of("3/2024/CT-UBND"), numbers(province, new DocumentQuery(DocumentType.CHI_THI, null, null, null, null, null)));
        assertEquals(List.of("3/2024/CT-UBND"), numbers(province, new DocumentQuery(null, null, null, 2024, null, null)));
        assertEquals(List.of("3/2024/CT-UBND"), numbers(province, new DocumentQuery(null, null, null, null, DocumentStatus.EXPIRED, null)));
        assertEquals(List.of("12/2025/QĐ-UBND"), numbers(province, new DocumentQuery(null, null, null, null, DocumentStatus.IN_FORCE, null)));
        assertEquals(List.of("UBND tỉnh Hưng Yên"), registry(province, LegalDocuments::issuers));
        assertEquals(1, registry(province, r -> r.files(decision.getId())).size());

        assertEquals(List.of(), numbers(other, DocumentQuery.ALL), "another province lists none of it");
        assertEquals(List.of(), numbers(other, new DocumentQuery(null, null, null, null, null, "12/2025")));
        assertTrue(registry(other, r -> r.bySlug("12-2025-qd-ubnd")).isEmpty());
        assertThrows(InvalidInput.class, () -> registry(other, r -> r.get(decision.getId())));
        long fileId = registry(province, r -> r.files(decision.getId())).get(0).id();
        assertTrue(registry(other, r -> r.file(decision.getId(), fileId)).isEmpty(), "its file neither");
        assertThrows(InvalidInput.class, () -> registry(other, r -> r.update(decision.getId(), form("99/2025/QĐ-UBND",
                DocumentType.QUYET_DINH, LocalDate.of(2025, 3, 10), null, "Đổi"))));
        assertThrows(InvalidInput.class, () -> registry(other, r -> r.attach(decision.getId(), "x.docx", OfficeFiles.docx("x"), "tb-editor")));
        assertEquals("12/2025/QĐ-UBND", registry(province, r -> r.get(decision.getId())).getNumber(), "unchanged");
        assertEquals(1, registry(province, r -> r.files(decision.getId())).size(), "no file added from another province");
        // the same number is free in another province
        registry(other, r -> r.register(form("12/2025/QĐ-UBND", DocumentType.QUYET_DINH, LocalDate.of(2025, 3, 1), null,
                "Quyết định của tỉnh khác"), "tb-editor"));
        assertEquals(List.of("12/2025/QĐ-UBND"), numbers(other, DocumentQuery.ALL));
        assertEquals(List.of(), numbers(other, new DocumentQuery(null, null, null, null, null, "tuan tra")));
    }

    @Test
    void aNewerDocumentReplacesAnOlderOneAndBadInputWritesNothing() throws Exception {
        String province = Fixtures.uniqueTenantCode("vd");
        LegalDocument old = registry(province, r -> r.register(form("7/2023/QĐ-UBND", DocumentType.QUYET_DINH,
                LocalDate.of(2023, 2, 1), null, "Quy định cũ về quản lý vật liệu nổ"), "hy-editor"));
        LegalDocument newer = registry(province, r -> r.register(form("15/2026/QĐ-UBND", DocumentType.QUYET_DINH,
                LocalDate.of(2026, 6, 1), null, "Quy định mới về quản lý vật liệu nổ"), "hy-editor"));
        registry(province, r -> r.replace(old.getId(), "15/2026/qđ-ubnd"));
        assertEquals(List.of("7/2023/QĐ-UBND"), numbers(province, new DocumentQuery(null, null, null, null, DocumentStatus.REPLACED, null)));
        assertEquals(List.of("7/2023/QĐ-UBND"), registry(province, r -> r.replacedBy(r.get(newer.getId()))).stream()
                .map(LegalDocument::getNumber).toList());
        InvalidInput loop = assertThrows(InvalidInput.class, () -> registry(province, r -> r.replace(newer.getId(), "7/2023/QĐ-UBND")));
        assertEquals("document.replacement-loop", loop.key());

        InvalidInput taken = assertThrows(InvalidInput.class, () -> registry(province, r -> r.register(form(
                "15/2026/QD-UBND".replace("QD", "QĐ"), DocumentType.QUYET_DINH, LocalDate.of(2026, 6, 1), null, "Trùng số"), "x")));
        assertEquals("document.number-taken", taken.key());
        assertThrows(InvalidInput.class, () -> registry(province, r -> r.update(newer.getId(), new DocumentForm("15/2026/QĐ-UBND",
                DocumentType.QUYET_DINH, "UBND", null, null, "Sửa", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), null))));
        assertEquals("Quy định mới về quản lý vật liệu nổ", registry(province, r -> r.get(newer.getId())).getSummary(),
                "a refused correction leaves the document as it was");
        InvalidInput lying = assertThrows(InvalidInput.class, () -> registry(province, r -> r.attach(newer.getId(), "qd.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "hy-editor")));
        assertEquals("document.file-type", lying.key());
        assertEquals(List.of(), registry(province, r -> r.files(newer.getId())), "nothing written");
        assertEquals(2, numbers(province, DocumentQuery.ALL).size());
    }
}
