-- The newsroom's daily tools: tags, source, featured image, last editor and a scheduled take-down on articles; every save kept as a
-- revision; preview links a leader without an account can open until they expire or are revoked; scaled
-- derivatives of uploaded images, generated once at upload.
ALTER TABLE article
    ADD COLUMN tags           VARCHAR(1000) NULL,
    ADD COLUMN source         VARCHAR(500)  NULL,
    ADD COLUMN featured_image CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN updated_by     VARCHAR(100)  NULL,
    ADD COLUMN unpublish_at   DATETIME(6)   NULL,
    ADD INDEX ix_article_worklist (tenant_id, updated_at),
    ADD INDEX ix_article_expiry (status, unpublish_at);

CREATE TABLE article_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    article_id      BIGINT       NOT NULL,
    number          INT          NOT NULL,
    article_version BIGINT       NOT NULL,
    title           VARCHAR(500) NOT NULL,
    lead_text       VARCHAR(4000),
    body_html       MEDIUMTEXT,
    author          VARCHAR(200),
    tags            VARCHAR(1000),
    source          VARCHAR(500),
    saved_by        VARCHAR(100),
    saved_at        DATETIME(6)  NOT NULL,
    note            VARCHAR(200),
    CONSTRAINT uk_article_revision UNIQUE (article_id, number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    INDEX ix_article_revision (tenant_id, article_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE preview_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    article_id  BIGINT      NOT NULL,
    token_hash  CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_by  VARCHAR(100),
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6),
    CONSTRAINT uk_preview_link_token UNIQUE (token_hash),
    CONSTRAINT fk_preview_link_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    INDEX ix_preview_link_article (tenant_id, article_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

ALTER TABLE media_file
    ADD COLUMN original_name VARCHAR(255) NULL,
    ADD COLUMN uploaded_by   VARCHAR(100) NULL;

CREATE TABLE media_derivative (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sha256       CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    bytes        LONGBLOB     NOT NULL,
    CONSTRAINT uk_media_derivative UNIQUE (tenant_id, sha256, width)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
