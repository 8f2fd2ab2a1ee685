package vn.provportal.stats.entity;

import java.math.BigDecimal;
import vn.provportal.platform.InvalidInput;

/** Citizens' answers of one period: very satisfied, satisfied, not satisfied. */
public record SatisfactionCounts(long verySatisfied, long satisfied, long notSatisfied) {

    public SatisfactionCounts {
        if (verySatisfied < 0 || satisfied < 0 || notSatisfied < 0) {
            throw InvalidInput.of("stats.counts-must-not-negative");
        }
    }

    public long total() {
        return verySatisfied + satisfied + notSatisfied;
    }

    /** Share of answers that are satisfied or very satisfied, in percent with one decimal. */
    public BigDecimal satisfiedRate() {
        return ProcessingCounts.percent(verySatisfied + satisfied, total());
    }

    public SatisfactionCounts plus(SatisfactionCounts other) {
        return new SatisfactionCounts(verySatisfied + other.verySatisfied, satisfied + other.satisfied,
                notSatisfied + other.notSatisfied);
    }
}
