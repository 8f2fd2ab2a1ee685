-- Citizens' satisfaction votes on the portal: one per client (a salted hash of its address, nothing else
-- about the person) per province and month.
CREATE TABLE satisfaction_vote (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    period_year   INT NOT NULL,
    period_number INT NOT NULL,
    client_hash   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    level         VARCHAR(20) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_satisfaction_vote UNIQUE (tenant_id, period_year, period_number, client_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
