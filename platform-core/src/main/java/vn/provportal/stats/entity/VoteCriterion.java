package vn.provportal.stats.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a citizen may say their vote is about, beside the overall level (Decision 766/QĐ-TTg criteria). */
public enum VoteCriterion {
    TIMELINESS("thoi-gian", "Thời gian giải quyết"),
    ATTITUDE("thai-do", "Thái độ cán bộ"),
    TRANSPARENCY("minh-bach", "Công khai, minh bạch");

    private final String formValue;
    private final String label;

    VoteCriterion(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    public static Optional<VoteCriterion> fromForm(String value) {
        return Arrays.stream(values()).filter(c -> c.formValue.equals(value)).findFirst();
    }

    public String getFormValue() {
        return formValue;
    }

    public String getLabel() {
        return label;
    }
}
