-- The ministry speaking to every portal at once: an urgent notice shown at the top of every portal until
-- withdrawn, and articles pushed to all or chosen provinces, where they carry their origin and are locked.
CREATE TABLE platform_notice (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    message      VARCHAR(500) NOT NULL,
    link         VARCHAR(1000),
    created_by   VARCHAR(100),
    created_at   DATETIME(6) NOT NULL,
    withdrawn_at DATETIME(6),
    withdrawn_by VARCHAR(100),
    INDEX ix_platform_notice_active (withdrawn_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

ALTER TABLE article
    ADD COLUMN origin          VARCHAR(200) NULL,
    ADD COLUMN syndication_key CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD INDEX ix_article_syndication (syndication_key);
