-- Draft consultations ("Góp ý dự thảo", issue #17 item 3): a draft open for citizens' opinions between two days, the
-- opinions held until the province publishes them, and after closing the summary of what was received and taken up.
-- An opinion keeps the name (and organisation) its author chose to give, no contact and no address: nothing more
-- than a published opinion needs.
CREATE TABLE consultation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id           VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    slug                VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    agency              VARCHAR(200)  NOT NULL,
    summary             TEXT          NOT NULL,
    opens_on            DATE          NOT NULL,
    closes_on           DATE          NOT NULL,
    draft_file_name     VARCHAR(200)  NULL,
    draft_content_type  VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    draft_bytes         LONGBLOB      NULL,
    result_summary      TEXT          NULL,
    result_published_at DATETIME(6)   NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_consultation_slug UNIQUE (tenant_id, slug),
    INDEX ix_consultation_closes (tenant_id, closes_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE consultation_opinion (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    consultation_id  BIGINT        NOT NULL,
    author_name      VARCHAR(100)  NOT NULL,
    organisation     VARCHAR(200)  NULL,
    body             TEXT          NOT NULL,
    public_body      TEXT          NOT NULL,
    status           VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    consent_at       DATETIME(6)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    moderated_by     VARCHAR(100)  NULL,
    moderated_at     DATETIME(6)   NULL,
    CONSTRAINT fk_consultation_opinion FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    INDEX ix_consultation_opinion (tenant_id, consultation_id, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
