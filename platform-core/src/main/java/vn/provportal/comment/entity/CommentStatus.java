package vn.provportal.comment.entity;

/** A comment waits for a moderator; only APPROVED comments are shown. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SPAM
}
