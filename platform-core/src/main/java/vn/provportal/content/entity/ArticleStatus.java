package vn.provportal.content.entity;

/** Where an article stands in the editorial workflow. Only PUBLISHED articles reach citizens. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    UNPUBLISHED
}
