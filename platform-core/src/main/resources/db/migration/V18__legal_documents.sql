-- The province's legal documents registry ("Văn bản", issue #17 item 1): each document by its number and symbol
-- (12/2025/QĐ-UBND), type, issuer, signer, dates issued / effective / expiring, field and summary; replaced by another
-- document of the registry when it is; its files (PDF, DOC, DOCX) kept here with their text, so a citizen finds a
-- document by its number typed without marks or by words inside the file. A number two merged provinces both used
-- keeps both documents: the one that moved gets the absorbed province's code after its key (12/2025/qd-ubnd#thai-binh).
CREATE TABLE legal_document (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    slug           VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    number         VARCHAR(60)   NOT NULL,
    number_key     VARCHAR(110)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    doc_type       VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    issuer         VARCHAR(200)  NOT NULL,
    signer         VARCHAR(100)  NULL,
    field          VARCHAR(100)  NULL,
    summary        VARCHAR(1000) NOT NULL,
    issued_on      DATE          NOT NULL,
    effective_on   DATE          NOT NULL,
    expires_on     DATE          NULL,
    replaced_by    BIGINT        NULL,
    search_text    MEDIUMTEXT    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_legal_document_number UNIQUE (tenant_id, number_key),
    CONSTRAINT uk_legal_document_slug UNIQUE (tenant_id, slug),
    CONSTRAINT fk_legal_document_replaced FOREIGN KEY (replaced_by) REFERENCES legal_document (id) ON DELETE SET NULL,
    INDEX ix_legal_document_issued (tenant_id, issued_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE legal_document_file (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    document_id    BIGINT        NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    bytes          LONGBLOB      NOT NULL,
    text           MEDIUMTEXT    NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_legal_document_file FOREIGN KEY (document_id) REFERENCES legal_document (id) ON DELETE CASCADE,
    INDEX ix_legal_document_file (tenant_id, document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
