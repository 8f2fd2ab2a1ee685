-- Merging provinces (the 2025 reform): an absorbed province stays as a row marked MERGED that points at the
-- province it joined, so its old hostnames and path prefix keep answering (301 to the new home); its
-- articles carry a history label; every merge is recorded once.
ALTER TABLE tenant
    ADD COLUMN merged_into VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN merged_at   DATETIME(6) NULL;

ALTER TABLE article
    ADD COLUMN history_label VARCHAR(300) NULL;

CREATE TABLE tenant_merge (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_code VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    target_code VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    merged_at   DATETIME(6) NOT NULL,
    merged_by   VARCHAR(100),
    summary     VARCHAR(4000),
    CONSTRAINT uk_tenant_merge_source UNIQUE (source_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
