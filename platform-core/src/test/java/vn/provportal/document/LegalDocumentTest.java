package vn.provportal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.provportal.document.control.DocumentNumber;
import vn.provportal.document.entity.DocumentStatus;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.platform.InvalidInput;

class LegalDocumentTest {

    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 10);

    private static LegalDocument document(String number, LocalDate effective, LocalDate expires) {
        return new LegalDocument(number, DocumentType.QUYET_DINH, "UBND tỉnh Hưng Yên", "Trần Quốc Văn", "An ninh trật tự",
                "Ban hành Quy chế phối hợp bảo đảm an ninh, trật tự", ISSUED, effective, expires, "hy-editor", Instant.now());
    }

    @Test
    void numbersAreTidiedAsTypedAndFoundWithoutMarks() {
        assertEquals("12/2025/QĐ-UBND", DocumentNumber.tidy("  Số 12 / 2025 / QĐ - UBND "));
        assertEquals("12/2025/qd-ubnd", DocumentNumber.key("12/2025/QĐ-UBND"));
        assertEquals("15/CT-TTg", DocumentNumber.tidy("15/CT-TTg"));
        assertEquals("1234/UBND-VP", DocumentNumber.tidy("số: 1234/UBND-VP"));
        assertEquals("42/2022/NĐ-CP", DocumentNumber.tidy("42/2022/ND\u0300-CP".replace("ND\u0300", "NĐ")));
        for (String wrong : new String[] {"abc", "12/2025", "QĐ/2025", "<script>/x", "12/2025/QĐ UBND", "1".repeat(7) + "/X"}) {
            InvalidInput refusal = assertThrows(InvalidInput.class, () -> DocumentNumber.tidy(wrong), wrong);
            assertEquals("document.number-shape", refusal.key(), wrong);
        }
        assertEquals("document.required", assertThrows(InvalidInput.class, () -> DocumentNumber.tidy("  ")).key());
    }

    @Test
    void datesOutOfOrderAreRefusedAndTheDocumentKeepsWhatItHad() {
        InvalidInput early = assertThrows(InvalidInput.class, () -> document("1/2025/QĐ-UBND", ISSUED.minusDays(1), null));
        assertEquals("Ngày hiệu lực 09/03/2025 trước ngày ban hành 10/03/2025", early.messageVi());
        InvalidInput expiry = assertThrows(InvalidInput.class, () -> document("1/2025/QĐ-UBND", ISSUED, ISSUED));
        assertEquals("document.expires-before-effective", expiry.key());
        LegalDocument kept = document("2/2025/QĐ-UBND", null, null);
        assertEquals(ISSUED, kept.getEffectiveOn(), "without an effective date it takes effect when issued");
        assertThrows(InvalidInput.class, () -> kept.describe("3/2025/QĐ-UBND", DocumentType.CHI_THI, "Công an tỉnh", null,
                null, "Khác", ISSUED, ISSUED.plusDays(5), ISSUED.plusDays(1), Instant.now()));
        assertEquals("2/2025/QĐ-UBND", kept.getNumber(), "a refused correction changes nothing");
        assertEquals(DocumentType.QUYET_DINH, kept.getType());
        InvalidInput longSummary = assertThrows(InvalidInput.class, () -> new LegalDocument("4/2025/QĐ-UBND",
                DocumentType.QUYET_DINH, "UBND", null, null, "x".repeat(1001), ISSUED, null, null, "u", Instant.now()));
        assertEquals("Trích yếu dài 1001 ký tự; tối đa 1000 ký tự", longSummary.messageVi());
        assertEquals("document.required", assertThrows(InvalidInput.class, () -> new LegalDocument("4/2025/QĐ-UBND",
                null, "UBND", null, null, "Tóm tắt", ISSUED, null, null, "u", Instant.now())).key());
    }

    @Test
    void theStatusIsReadForADayAndAReplacementWinsOverTheDates() {
        LegalDocument document = document("5/2025/QĐ-UBND", ISSUED.plusDays(10), ISSUED.plusYears(1));
        assertEquals(DocumentStatus.NOT_YET, document.status(ISSUED.plusDays(9)));
        assertEquals(DocumentStatus.IN_FORCE, document.status(ISSUED.plusDays(10)));
        assertEquals(DocumentStatus.IN_FORCE, document.status(ISSUED.plusYears(1).minusDays(1)));
        assertEquals(DocumentStatus.EXPIRED, document.status(ISSUED.plusYears(1)));
        LegalDocument newer = document("9/2026/QĐ-UBND", ISSUED.plusDays(20), null);
        document.replaceWith(newer, Instant.now());
        assertEquals(DocumentStatus.REPLACED, document.status(ISSUED.plusDays(11)));
        document.replaceWith(null, Instant.now());
        assertNull(document.getReplacedBy());
        assertEquals(DocumentStatus.IN_FORCE, document.status(ISSUED.plusDays(11)));
    }

    @Test
    void noDocumentReplacesItselfOrOneThatReplacesIt() {
        LegalDocument a = document("6/2025/QĐ-UBND", null, null);
        LegalDocument b = document("7/2025/QĐ-UBND", null, null);
        LegalDocument c = document("8/2025/QĐ-UBND", null, null);
        assertEquals("document.replacement-loop", assertThrows(InvalidInput.class, () -> a.replaceWith(a, Instant.now())).key());
        a.replaceWith(b, Instant.now());
        b.replaceWith(c, Instant.now());
        assertThrows(InvalidInput.class, () -> c.replaceWith(a, Instant.now()), "c → a → b → c");
        assertNull(c.getReplacedBy());
    }

    @Test
    void whatASearchComparesIsFoldedWithTheFilesText() {
        LegalDocument document = document("10/2025/QĐ-UBND", null, null);
        document.index("Điều 1. Phạm vi điều chỉnh");
        for (String folded : new String[] {"10/2025/qd-ubnd", "quyet dinh", "ubnd tinh hung yen", "tran quoc van",
                "an ninh trat tu", "quy che phoi hop", "dieu 1. pham vi dieu chinh"}) {
            assertTrue(document.getSearchText().contains(folded), folded + " in " + document.getSearchText());
        }
    }
}
