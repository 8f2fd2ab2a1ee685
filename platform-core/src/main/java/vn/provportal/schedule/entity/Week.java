package vn.provportal.schedule.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** An ISO week ({@code 2026-W49}, Monday to Sunday), as the schedule is read and addressed. */
public record Week(LocalDate monday) implements java.io.Serializable {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Week {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
    }

    /** The week a day falls in. */
    public static Week of(LocalDate day) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The week {@code 2026-W49} names; empty for anything else, or a week the year does not have. */
    public static Optional<Week> parse(String text) {
        Matcher m = text == null ? null : ISO.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        LocalDate thursday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
                .with(DayOfWeek.THURSDAY);
        if (week < 1 || week > thursday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(of(thursday.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public List<LocalDate> days() {
        return IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
    }

    public Week previous() {
        return new Week(monday.minusWeeks(1));
    }

    public Week next() {
        return new Week(monday.plusWeeks(1));
    }

    /** {@code 2026-W49}: the week's address. */
    public String iso() {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public int number() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** "30/11/2026 – 06/12/2026". */
    public String span() {
        return monday.format(DAY) + " – " + sunday().format(DAY);
    }
}
