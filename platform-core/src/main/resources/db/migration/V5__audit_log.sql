-- Who did what, when, from where, in which province: written after each successful change.
CREATE TABLE audit_log (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6) NOT NULL,
    tenant_code    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    actor          VARCHAR(200) NOT NULL,
    client_address VARCHAR(64) NULL,
    action         VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    detail         VARCHAR(2000) NULL,
    INDEX ix_audit_tenant_time (tenant_code, occurred_at),
    INDEX ix_audit_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
