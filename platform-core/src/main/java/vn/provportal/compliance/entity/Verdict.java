package vn.provportal.compliance.entity;

/** A checklist line's outcome: met, not met, or not something the platform can measure itself (said so, never green). */
public enum Verdict {
    PASS, FAIL, NOT_MEASURED
}
