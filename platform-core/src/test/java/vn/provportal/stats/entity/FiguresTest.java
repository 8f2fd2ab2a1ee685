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

    /** The bounds themselves: a whole received by its parts exactly is accepted, zero is a count, one more is not. */
    @Test
    void countsAtTheirBoundsAreAcceptedAndOnePastIsNot() {
        ProcessingCounts exact = new ProcessingCounts(6, 4, 1, 2, 3, 2, 2);
        assertEquals(10, exact.received());
        assertEquals(6, exact.resolved(), "early, on time and late");
        assertEquals(4, exact.pending(), "in time and overdue");
        assertThrows(InvalidInput.class, () -> new ProcessingCounts(6, 4, 1, 2, 3, 2, 3), "11 of 10");
        assertThrows(InvalidInput.class, () -> new ProcessingCounts(6, 4, 2, 2, 3, 2, 2), "11 of 10, resolved early");
        assertThrows(InvalidInput.class, () -> new ProcessingCounts(6, 4, 1, 2, 3, 3, 2), "11 of 10, pending in time");
        assertEquals(0, new SatisfactionCounts(0, 0, 0).total());
        assertThrows(InvalidInput.class, () -> new SatisfactionCounts(-1, 0, 0));
        assertThrows(InvalidInput.class, () -> new SatisfactionCounts(0, 0, -1));
        assertEquals(new SatisfactionCounts(1, 5, 7), new SatisfactionCounts(1, 2, 3).plus(new SatisfactionCounts(0, 3, 4)));
        assertEquals(Period.parse("2000-01"), Period.parse("2000-1"));
        assertEquals(Period.parse("2100"), Period.parse("2100"));
        assertThrows(InvalidInput.class, () -> Period.parse("2101"));
    }

    @Test
    void aCitizensVoteIsOneOfItsLevelAndCarriesWhatWasTicked() {
        assertEquals(new SatisfactionCounts(1, 0, 0), SatisfactionLevel.VERY_SATISFIED.one());
        assertEquals(new SatisfactionCounts(0, 1, 0), SatisfactionLevel.SATISFIED.one());
        assertEquals(new SatisfactionCounts(0, 0, 1), SatisfactionLevel.NOT_SATISFIED.one());
        assertEquals(java.util.Optional.of(SatisfactionLevel.SATISFIED), SatisfactionLevel.fromForm("hai-long"));
        assertEquals(java.util.Optional.empty(), SatisfactionLevel.fromForm("tuyet-voi"));
        assertEquals("chua-hai-long", SatisfactionLevel.NOT_SATISFIED.formValue());
        assertEquals(java.util.Optional.of(VoteCriterion.ATTITUDE), VoteCriterion.fromForm("thai-do"));
        assertEquals(java.util.Optional.empty(), VoteCriterion.fromForm(null));
        assertEquals("Thái độ cán bộ", VoteCriterion.ATTITUDE.getLabel());
        assertEquals("minh-bach", VoteCriterion.TRANSPARENCY.getFormValue());

        java.time.Instant at = java.time.Instant.parse("2026-11-30T18:00:00Z");
        SatisfactionVote vote = new SatisfactionVote(Period.monthOf(at), "hash", SatisfactionLevel.SATISFIED, at)
                .held(java.util.EnumSet.of(VoteCriterion.TRANSPARENCY, VoteCriterion.ATTITUDE));
        assertEquals(Period.parse("2026-12"), vote.getPeriod());
        assertEquals(SatisfactionLevel.SATISFIED, vote.getLevel());
        assertEquals(at, vote.getCreatedAt());
        assertEquals(java.util.EnumSet.of(VoteCriterion.ATTITUDE, VoteCriterion.TRANSPARENCY), vote.release());
        assertEquals(java.util.Set.of(), new SatisfactionVote(Period.parse("2026-12"), "h", SatisfactionLevel.SATISFIED, at)
                .held(java.util.Set.of()).release(), "nothing ticked");
    }

    @Test
    void aPeriodTypeIsReadFromAnyCaseAndAnythingElseIsAMonth() {
        assertEquals(PeriodType.QUARTER, PeriodType.parse(" quarter "));
        assertEquals(PeriodType.YEAR, PeriodType.parse("YEAR"));
        assertEquals(PeriodType.MONTH, PeriodType.parse(null));
        assertEquals(PeriodType.MONTH, PeriodType.parse("tuần"));
    }
}
