package vn.provportal.document.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentQuery;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.platform.InvalidInput;
import vn.provportal.redirect.entity.Redirect;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.OfficeFiles;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * A ministry document sent to the provinces' registries on a real MariaDB (#17 item 1): every chosen active province gets
 * the same document with its file, found by its number without marks and by words of the file, marked as sent by the
 * ministry and locked against the province's changes; a suspended province gets nothing; a province that has the number
 * keeps its own and is named; the ministry withdraws every copy at once and their addresses lead to the registry.
 */
class DocumentSyndicationIT {

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

    private static String province(String prefix, boolean suspended) {
        String code = Fixtures.uniqueTenantCode(prefix);
        jpa.inTransaction(code, em -> {
            Tenant tenant = new Tenant(new TenantCode(code), "Công an tỉnh " + code, "Police " + code, Theme.policeRed(), Instant.now());
            if (suspended) {
                tenant.suspend();
            }
            em.persist(tenant);
            return null;
        });
        return code;
    }

    private static <T> T registry(String tenant, Function<LegalDocuments, T> work) {
        return Wired.call(jpa, tenant, new LegalDocuments(), work);
    }

    private static <T> T ministry(Function<DocumentSyndication, T> work) {
        return Wired.call(jpa, null, new DocumentSyndication(), work);
    }

    private static DocumentForm form(String number, String summary) {
        return new DocumentForm(number, DocumentType.THONG_TU, "Bộ Công an", "Bộ trưởng", "An ninh, trật tự", summary,
                LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 5), null);
    }

    private static List<LegalDocument> found(String tenant, String words) {
        return registry(tenant, r -> r.search(new DocumentQuery(null, null, null, null, null, words), TODAY, 0, 50));
    }

    @Test
    void theMinistrysDocumentReachesEveryChosenRegistryLockedAndIsWithdrawnEverywhereAtOnce() {
        String first = province("sa", false);
        String second = province("sb", false);
        String own = province("sc", false);
        String suspended = province("sd", true);
        int n = (int) (System.nanoTime() % 90_000) + 10_000;
        String number = n + "/2025/TT-BCA";
        registry(own, r -> r.register(form(number, "Văn bản của tỉnh, cùng số"), "sc-editor"));
        byte[] docx = OfficeFiles.docx("Điều 3. Công an cấp xã tiếp nhận tin báo tố giác tội phạm qua cổng dịch vụ công.");

        DocumentSyndication.Pushed pushed = ministry(s -> s.push(form(number, "Quy định tiếp nhận tin báo tố giác tội phạm"),
                "thong-tu.docx", docx, List.of(first, second, own, suspended), "ministry-admin"));
        assertEquals(2, pushed.copies(), "the two active provinces without the number");
        assertEquals(List.of("Công an tỉnh " + own), pushed.skipped(), "the province that has the number keeps its own");

        for (String province : List.of(first, second)) {
            List<LegalDocument> byNumber = found(province, (n + "/2025/tt-bca"));
            assertEquals(List.of(number), byNumber.stream().map(LegalDocument::getNumber).toList(), "by its number without marks");
            assertEquals(1, found(province, "tin bao to giac cong dich vu cong").size(), "by words of its file");
            LegalDocument copy = byNumber.get(0);
            assertEquals("Bộ Công an", copy.getOrigin());
            assertEquals(1, registry(province, r -> r.files(copy.getId())).size());
            InvalidInput locked = assertThrows(InvalidInput.class, () -> registry(province, r -> r.update(copy.getId(),
                    form(number, "Tỉnh sửa"))));
            assertEquals("Văn bản này do Bộ Công an gửi xuống; chỉ nơi ban hành được sửa hoặc thu hồi", locked.messageVi());
            assertEquals("document.syndicated", assertThrows(InvalidInput.class,
                    () -> registry(province, r -> r.attach(copy.getId(), "them.docx", docx, "editor"))).key());
        }
        assertEquals(List.of("Văn bản của tỉnh, cùng số"), found(own, String.valueOf(n)).stream().map(LegalDocument::getSummary).toList());
        assertEquals(List.of(), found(suspended, String.valueOf(n)), "a suspended province is not sent anything");

        String slug = found(first, String.valueOf(n)).get(0).getSlug();
        assertEquals(2, (int) ministry(s -> s.withdraw(pushed.key(), "ministry-admin")));
        assertEquals(List.of(), found(first, String.valueOf(n)));
        assertEquals(List.of(), found(second, String.valueOf(n)));
        assertEquals(1, found(own, String.valueOf(n)).size(), "the province's own document stays");
        assertEquals("/van-ban", jpa.inTransaction(first, em -> em.createNamedQuery(Redirect.BY_OLD_PATH, Redirect.class)
                .setParameter("path", "/van-ban/" + slug).getSingleResult().getNewPath()));
        assertTrue(ministry(s -> s.recent(50)).stream().noneMatch(row -> pushed.key().equals(row[0])));
    }

    @Test
    void aDocumentEveryChosenProvinceHasIsRefusedAndAWrongFormLeavesNothing() {
        String own = province("se", false);
        String number = ((int) (System.nanoTime() % 90_000) + 10_000) + "/2025/TT-BCA";
        registry(own, r -> r.register(form(number, "Của tỉnh"), "editor"));
        assertEquals("syndication.document-taken", assertThrows(InvalidInput.class,
                () -> ministry(s -> s.push(form(number, "Của Bộ"), null, null, List.of(own), "ministry-admin"))).key());
        DocumentForm backwards = new DocumentForm("1/2026/TT-BCA", DocumentType.THONG_TU, "Bộ Công an", null, null, "Ngày ngược",
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 1), null);
        assertThrows(InvalidInput.class, () -> ministry(s -> s.push(backwards, null, null, List.of(own), "ministry-admin")));
        assertEquals(1, found(own, "").size(), "nothing half-written");
    }
}
