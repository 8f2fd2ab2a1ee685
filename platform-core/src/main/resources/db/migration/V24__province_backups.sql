-- Nightly backups of every province (#15 item 2): one row per province and day, inserted by the node that takes the
-- work (the key makes a second node's claim fail, so each province is written once a night across the cluster), then
-- filled in with the file it wrote in the backup directory. The console lists them; old ones go with their files.
CREATE TABLE province_backup (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_code   VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    backup_day    DATE         NOT NULL,
    claimed_by    VARCHAR(200) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6)  NULL,
    file_name     VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NULL,
    size_bytes    BIGINT       NULL,
    sha256        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    row_count     BIGINT       NULL,
    schema_version VARCHAR(20) NULL,
    failure       VARCHAR(2000) NULL,
    CONSTRAINT uk_province_backup UNIQUE (tenant_code, backup_day),
    INDEX ix_province_backup_day (backup_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
