package vn.provportal.compliance.entity;

import java.io.Serializable;

/**
 * One line of a province's compliance checklist: what is checked ({@code key}, named on screens by
 * {@code compliance.check.<key>}), the verdict, the evidence in words (Vietnamese, as inspectors read it) and the
 * portal path that shows it.
 */
public record Check(String key, Verdict verdict, String evidence, String link) implements Serializable {
}
