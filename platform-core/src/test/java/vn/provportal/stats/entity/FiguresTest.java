package vn.provportal.stats.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;

class FiguresTest {

    @Test
    void periodsParseAndReadAsCitizensReadThem() {
        assertEquals("Tháng 11/2026", Period.parse("2026-11").label());
        assertEquals("Quý III/2026", Period.parse("2026-q3").label());
        assertEquals("Năm 2025", Period.parse(" 2025 ").label());
        assertEquals("2026-03", Period.parse("2026-3").toString());
        assertTrue(Period.parse("2026-02").compareTo(Period.parse("2026-11")) < 0);
        for (String bad : new String[] {"2026-13", "2026-Q5", "26-1", "", "tháng 11", "1999"}) {
            assertThrows(InvalidInput.class, () -> Period.parse(bad), bad);
        }
    }

    @Test
    void monthOfAnInstantIsTheMonthInVietnam() {
        assertEquals(Period.parse("2026-12"), Period.monthOf(java.time.Instant.parse("2026-11-30T18:00:00Z")));
        assertEquals(Period.parse("2026-11"), Period.monthOf(java.time.Instant.parse("2026-11-30T16:59:00Z")));
    }

    @Test
    void derivedProcessingFigures() {
        ProcessingCounts c = new ProcessingCounts(700, 300, 200, 650, 50, 80, 20);
        assertEquals(1000, c.received());
        assertEquals(900, c.resolved());
        assertEquals(100, c.pending());
        assertEquals(new BigDecimal("94.4"), c.onTimeRate());
        assertEquals(new BigDecimal("70.0"), c.onlineRate());
        assertEquals(new BigDecimal("0.0"), new ProcessingCounts(0, 0, 0, 0, 0, 0, 0).onTimeRate());
    }

    @Test
    void partsCannotExceedTheWholeAndNothingIsNegative() {
        InvalidInput tooMany = assertThrows(InvalidInput.class, () -> new ProcessingCounts(10, 0, 5, 5, 1, 0, 0));
        assertTrue(tooMany.messageVi().contains("vượt quá số tiếp nhận"), tooMany.messageVi());
        assertThrows(InvalidInput.class, () -> new ProcessingCounts(-1, 0, 0, 0, 0, 0, 0));
        assertThrows(InvalidInput.class, () -> new SatisfactionCounts(1, -2, 0));
    }

    @Test
    void satisfactionRateCountsSatisfiedAndVerySatisfied() {
        SatisfactionCounts c = new SatisfactionCounts(600, 330, 70);
        assertEquals(1000, c.total());
        assertEquals(new BigDecimal("93.0"), c.satisfiedRate());
        assertEquals(new SatisfactionCounts(601, 330, 71), c.plus(new SatisfactionCounts(1, 0, 1)));
    }
}
