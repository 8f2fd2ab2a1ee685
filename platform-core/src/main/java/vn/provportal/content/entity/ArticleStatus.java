package vn.provportal.content.entity;

/**
 * Where an article stands in the editorial workflow. Citizens read PUBLISHED and WITHDRAWN articles (the
 * latter with a notice and its reason); SCHEDULED ones appear at their time; the rest are the newsroom's.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN,
    UNPUBLISHED,
    REJECTED;

    public boolean isOnline() {
        return this == PUBLISHED || this == WITHDRAWN;
    }
}
