package vn.provportal.stats.entity;

/** A citizen's answer, with the word the portal's form sends. */
public enum SatisfactionLevel {
    VERY_SATISFIED("rat-hai-long"),
    SATISFIED("hai-long"),
    NOT_SATISFIED("chua-hai-long");

    private final String formValue;

    SatisfactionLevel(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    public static java.util.Optional<SatisfactionLevel> fromForm(String value) {
        return java.util.Arrays.stream(values()).filter(l -> l.formValue.equals(value)).findFirst();
    }

    /** One vote as counts to add. */
    public SatisfactionCounts one() {
        return new SatisfactionCounts(this == VERY_SATISFIED ? 1 : 0, this == SATISFIED ? 1 : 0,
                this == NOT_SATISFIED ? 1 : 0);
    }
}
