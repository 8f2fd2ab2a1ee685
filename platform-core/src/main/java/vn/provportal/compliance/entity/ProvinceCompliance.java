package vn.provportal.compliance.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A province's checklist as computed at {@code checkedAt}. */
public record ProvinceCompliance(String code, String nameVi, Instant checkedAt, List<Check> checks) implements Serializable {

    public long failing() {
        return checks.stream().filter(c -> c.verdict() == Verdict.FAIL).count();
    }
}
