package vn.provportal.platform;

/**
 * A change a person or system made, announced by the feature that made it (as a CDI event) for whoever keeps
 * records of it — the audit trail — so that no feature depends on the audit feature.
 *
 * @param action a stable dotted name, such as {@code stats.manual} or {@code comment.approved}
 * @param detail what changed, in words a reviewer understands
 */
public record Activity(String action, String detail) {
}
