package vn.provportal.stats.entity;

/** How long a statistics period is. */
public enum PeriodType {
    MONTH,
    QUARTER,
    YEAR;

    /** The type a URL or setting names ("month", "QUARTER"), or MONTH for anything else. */
    public static PeriodType parse(String text) {
        try {
            return text == null ? MONTH : valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return MONTH;
        }
    }
}
