package vn.provportal.portal.api;

import java.time.Instant;
import vn.provportal.platform.InvalidInput;
import vn.provportal.stats.entity.SatisfactionCounts;

/** Satisfaction answers as the API receives them (JSON). */
public class SatisfactionPayload {

    public String criterion;
    public Long verySatisfied;
    public Long satisfied;
    public Long notSatisfied;
    public Instant asOf;

    SatisfactionCounts counts() {
        if (verySatisfied == null || satisfied == null || notSatisfied == null) {
            throw InvalidInput.of("api.missing-counts-2");
        }
        return new SatisfactionCounts(verySatisfied, satisfied, notSatisfied);
    }
}
