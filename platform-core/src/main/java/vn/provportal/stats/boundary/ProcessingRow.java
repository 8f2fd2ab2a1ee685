package vn.provportal.stats.boundary;

import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.ProcessingCounts;

/** One line of processing figures as an import or the API delivers it. */
public record ProcessingRow(Period period, String group, ProcessingCounts counts) implements java.io.Serializable {

    public Period getPeriod() {
        return period;
    }

    public String getGroup() {
        return group;
    }

    public ProcessingCounts getCounts() {
        return counts;
    }
}
