-- Statistics widgets (Decision 766/QĐ-TTg indices): dossier processing results and citizen satisfaction,
-- per province and period, each figure with its source and as-of time; API keys for the national system.

CREATE TABLE stats_processing (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    period_type        VARCHAR(10) NOT NULL,
    period_year        INT NOT NULL,
    period_number      INT NOT NULL,
    procedure_group    VARCHAR(100) NOT NULL DEFAULT '',
    received_online    BIGINT NOT NULL,
    received_offline   BIGINT NOT NULL,
    resolved_early     BIGINT NOT NULL,
    resolved_on_time   BIGINT NOT NULL,
    resolved_late      BIGINT NOT NULL,
    pending_in_time    BIGINT NOT NULL,
    pending_overdue    BIGINT NOT NULL,
    source             VARCHAR(20) NOT NULL,
    as_of              DATETIME(6) NOT NULL,
    version            BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_stats_processing UNIQUE (tenant_id, period_type, period_year, period_number, procedure_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE stats_satisfaction (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    period_type     VARCHAR(10) NOT NULL,
    period_year     INT NOT NULL,
    period_number   INT NOT NULL,
    criterion       VARCHAR(100) NOT NULL DEFAULT '',
    very_satisfied  BIGINT NOT NULL,
    satisfied       BIGINT NOT NULL,
    not_satisfied   BIGINT NOT NULL,
    source          VARCHAR(20) NOT NULL,
    as_of           DATETIME(6) NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_stats_satisfaction UNIQUE (tenant_id, period_type, period_year, period_number, criterion)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Platform-wide: a key is looked up before its province is known. Only the SHA-256 of a key is kept.
CREATE TABLE api_key (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_code  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    label        VARCHAR(200) NOT NULL,
    key_prefix   VARCHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    key_sha256   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6) NULL,
    last_used_at DATETIME(6) NULL,
    CONSTRAINT uk_api_key_hash UNIQUE (key_sha256),
    INDEX ix_api_key_tenant (tenant_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
