-- Citizens' questions and the province's answers ("Hỏi đáp", issue #17 item 2): asked on the portal with consent,
-- assigned to a department by the province's administrator, answered by an editor, published by a publisher with the
-- asker's personal data redacted; the asker follows it by its tracking code, without an account.
CREATE TABLE question (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tracking_code  CHAR(10)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    asker_name     VARCHAR(100)  NOT NULL,
    asker_contact  VARCHAR(254)  NULL,
    title          VARCHAR(300)  NOT NULL,
    body           TEXT          NOT NULL,
    consent_at     DATETIME(6)   NOT NULL,
    status         VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    department     VARCHAR(200)  NULL,
    public_body    TEXT          NULL,
    answer         TEXT          NULL,
    answered_by    VARCHAR(100)  NULL,
    answered_at    DATETIME(6)   NULL,
    published_by   VARCHAR(100)  NULL,
    published_at   DATETIME(6)   NULL,
    reason         VARCHAR(1000) NULL,
    client_hash    CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_question_tracking UNIQUE (tracking_code),
    INDEX ix_question_status (tenant_id, status, created_at),
    INDEX ix_question_published (tenant_id, status, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
