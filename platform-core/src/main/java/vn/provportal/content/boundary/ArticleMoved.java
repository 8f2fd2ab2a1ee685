package vn.provportal.content.boundary;

/**
 * An article moved through the workflow ({@code action} as in the audit log: {@code article.submitted},
 * {@code article.returned}…), fired inside the transaction that moved it: {@code writer} wrote it, {@code actor}
 * moved it, {@code comment} is the reason given, if any.
 */
public record ArticleMoved(long articleId, String title, String action, String actor, String writer, String comment) {
}
