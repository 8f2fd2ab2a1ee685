package vn.provportal.schedule.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The schedule's weeks as the portal addresses them: ISO weeks, Monday to Sunday. */
class WeekTest {

    @Test
    void aWeekIsAddressedByItsIsoNumber() {
        Week week = Week.parse("2026-W49").orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 30), week.monday());
        assertEquals("30/11/2026 – 06/12/2026", week.span());
        assertEquals("2026-W49", week.iso());
        assertEquals(week, Week.of(LocalDate.of(2026, 12, 6)), "Sunday belongs to the week of its Monday");
        assertEquals("2026-W48", week.previous().iso());
        assertEquals("2026-W50", week.next().iso());
    }

    @Test
    void theWeeksAroundNewYearBelongToTheirIsoYear() {
        assertEquals("2026-W53", Week.of(LocalDate.of(2027, 1, 1)).iso(), "1 January 2027 is in 2026's week 53");
        assertEquals(LocalDate.of(2026, 12, 28), Week.parse("2026-W53").orElseThrow().monday());
        assertEquals("2027-W01", Week.parse("2026-W53").orElseThrow().next().iso());
        assertEquals(LocalDate.of(2025, 12, 29), Week.parse("2026-W01").orElseThrow().monday());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-W00", "2026-W54", "2025-W53", "2026W49", "2026-W4", "1999-W10", "tuần 49",
            "2026-W49; DROP TABLE x"})
    void anythingElseNamesNoWeek(String text) {
        assertEquals(Optional.empty(), Week.parse(text));
    }

    @Test
    void noWeekFromNothing() {
        assertTrue(Week.parse(null).isEmpty());
    }
}
