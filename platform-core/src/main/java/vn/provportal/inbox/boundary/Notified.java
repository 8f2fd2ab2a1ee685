package vn.provportal.inbox.boundary;

/**
 * A notification was written: to one user ({@code user}) or to everyone holding a role ({@code role}). Fired in the
 * moving transaction; e-mail observes it once that transaction has committed.
 */
public record Notified(String user, String role, long articleId, String text) {
}
