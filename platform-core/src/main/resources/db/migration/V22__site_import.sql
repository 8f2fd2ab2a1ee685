-- Migration from a province's old site (issue #17 item 6). An upload is staged as a batch — the export or feed as sent and
-- the images of the archive that its posts show — so the dry run can be read, on any node, before the import stores
-- anything. Each imported post's identity (its guid, hashed to a key) is kept with the article it became: a second run of
-- the same export imports nothing twice, and the unique key keeps two simultaneous runs from doing so either.
CREATE TABLE import_batch (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind           VARCHAR(10)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    source         LONGBLOB      NOT NULL,
    archive_name   VARCHAR(200)  NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    imported_by    VARCHAR(100)  NULL,
    imported_at    DATETIME(6)   NULL,
    imported_count INT           NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_import_batch_created (tenant_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE import_image (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    batch_id    BIGINT        NOT NULL,
    image_key   VARCHAR(500)  NOT NULL,
    bytes       LONGBLOB      NOT NULL,
    CONSTRAINT fk_import_image_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id) ON DELETE CASCADE,
    INDEX ix_import_image_batch (tenant_id, batch_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE imported_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    guid_key     CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    guid         VARCHAR(1000) NOT NULL,
    article_id   BIGINT        NOT NULL,
    batch_id     BIGINT        NOT NULL,
    imported_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_imported_item UNIQUE (tenant_id, guid_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
