package vn.provportal.stats.entity;

/** How long a statistics period is. */
public enum PeriodType {
    MONTH,
    QUARTER,
    YEAR
}
