package vn.provportal.stats.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.provportal.platform.InvalidInput;

/**
 * A statistics period: a month ({@code 2026-11}), a quarter ({@code 2026-Q3}) or a year ({@code 2026}).
 * The text form is what CSV files and the API use.
 */
public record Period(PeriodType type, int year, int number) implements Comparable<Period>, java.io.Serializable {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    public Period {
        if (year < 2000 || year > 2100) {
            throw InvalidInput.of("stats.invalid-year", year);
        }
        boolean valid = switch (type) {
            case MONTH -> number >= 1 && number <= 12;
            case QUARTER -> number >= 1 && number <= 4;
            case YEAR -> number == 0;
        };
        if (!valid) {
            throw InvalidInput.of("stats.invalid-period");
        }
    }

    /** The month an instant falls in, in Vietnam's time zone. */
    public static Period monthOf(java.time.Instant instant) {
        java.time.YearMonth month = java.time.YearMonth.from(instant.atZone(vn.provportal.platform.VietnamTime.ZONE));
        return new Period(PeriodType.MONTH, month.getYear(), month.getMonthValue());
    }

    public static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m;
        if ((m = QUARTER.matcher(t)).matches()) {
            return new Period(PeriodType.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            return new Period(PeriodType.MONTH, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return new Period(PeriodType.YEAR, Integer.parseInt(m.group(1)), 0);
        }
        throw InvalidInput.of("stats.period-not-like-2026", t);
    }

    /** As citizens read it: "Tháng 11/2026", "Quý III/2026", "Năm 2026". */
    public String label() {
        return switch (type) {
            case MONTH -> "Tháng " + number + "/" + year;
            case QUARTER -> "Quý " + ROMAN[number] + "/" + year;
            case YEAR -> "Năm " + year;
        };
    }

    @Override
    public String toString() {
        return switch (type) {
            case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
            case QUARTER -> year + "-Q" + number;
            case YEAR -> Integer.toString(year);
        };
    }

    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }
}
