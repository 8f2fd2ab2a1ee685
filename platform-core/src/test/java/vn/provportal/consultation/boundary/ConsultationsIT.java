package vn.provportal.consultation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.consultation.control.OpinionRateLimit;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.consultation.entity.ConsultationStatus;
import vn.provportal.consultation.entity.Opinion;
import vn.provportal.consultation.entity.OpinionStatus;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.RateLimited;
import vn.provportal.platform.VietnamTime;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.Injection;
import vn.provportal.testing.OfficeFiles;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * Draft consultations on a real MariaDB (#17 item 3): opinions taken only while the consultation is open, held until
 * published, shown redacted; the summary only after closing; a draft that is not a PDF or Word file refused by content;
 * a fourth opinion in ten minutes refused; another province neither sees nor changes any of it.
 */
class ConsultationsIT {

    private static final OpinionRateLimit LIMIT = new OpinionRateLimit();
    private static final LocalDate TODAY = VietnamTime.today();
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T consultations(String tenant, Function<Consultations, T> work) {
        Consultations consultations = new Consultations();
        Injection.set(consultations, "rateLimit", LIMIT);
        return Wired.call(jpa, tenant, consultations, work);
    }

    @Test
    void opinionsAreTakenWhileOpenPublishedByTheProvinceAndSummedUpAfterClosing() {
        String province = Fixtures.uniqueTenantCode("gy");
        String other = Fixtures.uniqueTenantCode("gz");
        Consultation open = consultations(province, c -> c.create("Dự thảo Quy định camera giám sát", "Công an tỉnh",
                "Mời góp ý", TODAY.minusDays(1), TODAY.plusDays(10), "hy-editor"));
        assertEquals("du-thao-quy-dinh-camera-giam-sat", open.getSlug());
        assertEquals(ConsultationStatus.OPEN, open.status(TODAY));
        Opinion given = consultations(province, c -> c.give(open.getId(), "Nguyễn Văn Bình", "Tổ dân phố 5",
                "Đề nghị ghi nhật ký khai thác; liên hệ tôi 0912 345 678.", true, province + "|a", Instant.now()));
        assertEquals(OpinionStatus.RECEIVED, given.getStatus());
        assertEquals("Đề nghị ghi nhật ký khai thác; liên hệ tôi [đã ẩn].", given.getPublicBody());
        assertEquals(List.of(), consultations(province, c -> c.opinions(open.getId(), EnumSet.of(OpinionStatus.PUBLISHED))),
                "held until the province publishes it");
        assertEquals(1L, (long) consultations(province, c -> c.count(open.getId())));

        assertThrows(InvalidInput.class, () -> consultations(other, c -> c.give(open.getId(), "X", null, "Y", true,
                other + "|a", Instant.now())), "not through another province");
        assertThrows(InvalidInput.class, () -> consultations(other, c -> c.moderate(given.getId(), true, "tb-editor")));
        assertTrue(consultations(other, c -> c.bySlug(open.getSlug())).isEmpty());
        assertEquals(List.of(), consultations(other, Consultations::all));

        consultations(province, c -> c.moderate(given.getId(), true, "hy-publisher"));
        assertEquals(List.of("Nguyễn Văn Bình"), consultations(province, c -> c.opinions(open.getId(),
                EnumSet.of(OpinionStatus.PUBLISHED))).stream().map(Opinion::getAuthorName).toList());
        InvalidInput early = assertThrows(InvalidInput.class, () -> consultations(province,
                c -> c.publishResult(open.getId(), "Tổng hợp")));
        assertEquals("consultation.result-before-closing", early.key());

        Consultation closed = consultations(province, c -> c.create("Dự thảo Kế hoạch Tết", "Công an tỉnh", "Mời góp ý",
                TODAY.minusDays(30), TODAY.minusDays(1), "hy-editor"));
        InvalidInput late = assertThrows(InvalidInput.class, () -> consultations(province, c -> c.give(closed.getId(), "Lan",
                null, "Muộn", true, province + "|b", Instant.now())));
        assertEquals("Đã hết thời gian góp ý (đến hết ngày " + VietnamTime.date(TODAY.minusDays(1)) + ")", late.messageVi());
        consultations(province, c -> c.publishResult(closed.getId(), "Đã nhận 3 ý kiến, tiếp thu 2."));
        assertTrue(consultations(province, c -> c.get(closed.getId())).getResultPublishedAt() != null);
        Consultation upcoming = consultations(province, c -> c.create("Dự thảo sắp tới", "Công an tỉnh", "Sắp mở",
                TODAY.plusDays(3), TODAY.plusDays(20), "hy-editor"));
        assertEquals("consultation.not-open", assertThrows(InvalidInput.class, () -> consultations(province, c -> c.give(
                upcoming.getId(), "Lan", null, "Sớm", true, province + "|b", Instant.now()))).key());
        assertEquals(1L, (long) consultations(province, c -> c.count(open.getId())), "nothing written by the refusals");
    }

    @Test
    void badInputTooManyOpinionsAndALyingDraftAreRefusedAndWriteNothing() {
        String province = Fixtures.uniqueTenantCode("gw");
        InvalidInput order = assertThrows(InvalidInput.class, () -> consultations(province, c -> c.create("Dự thảo", "Công an",
                "Mời góp ý", TODAY, TODAY.minusDays(1), "hy-editor")));
        assertEquals("consultation.closes-before-opens", order.key());
        assertEquals(List.of(), consultations(province, Consultations::all));
        Consultation open = consultations(province, c -> c.create("Dự thảo mở", "Công an tỉnh", "Mời góp ý", TODAY,
                TODAY.plusDays(5), "hy-editor"));
        assertEquals("consultation.consent", assertThrows(InvalidInput.class, () -> consultations(province, c -> c.give(
                open.getId(), "Lan", null, "Ý kiến", false, province + "|c", Instant.now()))).key());
        assertEquals("consultation.required", assertThrows(InvalidInput.class, () -> consultations(province, c -> c.give(
                open.getId(), "Lan", null, "  ", true, province + "|c", Instant.now()))).key());
        for (int i = 0; i < OpinionRateLimit.MAX_PER_WINDOW; i++) {
            int n = i;
            consultations(province, c -> c.give(open.getId(), "Lan", null, "Ý kiến " + n, true, province + "|d", Instant.now()));
        }
        assertThrows(RateLimited.class, () -> consultations(province, c -> c.give(open.getId(), "Lan", null, "Thêm", true,
                province + "|d", Instant.now())));
        assertEquals((long) OpinionRateLimit.MAX_PER_WINDOW, (long) consultations(province, c -> c.count(open.getId())));
        assertEquals("document.file-type", assertThrows(InvalidInput.class, () -> consultations(province, c -> c.attachDraft(
                open.getId(), "du-thao.pdf", "<html><script>x</script></html>".getBytes()))).key());
        assertTrue(!consultations(province, c -> c.get(open.getId())).hasDraft(), "nothing kept");
        consultations(province, c -> c.attachDraft(open.getId(), "du-thao.pdf", OfficeFiles.pdf("Du thao quy dinh", false)));
        assertEquals("du-thao.pdf", consultations(province, c -> c.get(open.getId())).getDraftFileName());
    }
}
