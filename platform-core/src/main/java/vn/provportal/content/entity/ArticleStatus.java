package vn.provportal.content.entity;

/**
 * Where an article stands in the editorial workflow. Citizens read PUBLISHED and WITHDRAWN articles (the
 * latter with a notice and its reason); SCHEDULED ones appear at their time; the rest are the newsroom's.
 */
public enum ArticleStatus {
    DRAFT("Bản nháp"),
    IN_REVIEW("Chờ duyệt"),
    SCHEDULED("Hẹn giờ đăng"),
    PUBLISHED("Đã đăng"),
    WITHDRAWN("Đã rút"),
    UNPUBLISHED("Đã gỡ"),
    REJECTED("Bị từ chối");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** The state in the newsroom's words, for messages built in the domain (the screens use their bundle). */
    public String label() {
        return label;
    }

    public boolean isOnline() {
        return this == PUBLISHED || this == WITHDRAWN;
    }
}
