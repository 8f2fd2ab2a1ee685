-- The leadership's work schedule ("Lịch công tác", issue #17 item 4): one row per engagement, shown week by week
-- on the portal (/<province>/lich-cong-tac?tuan=2026-W49) and edited by the province's editors.
CREATE TABLE schedule_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    day         DATE          NOT NULL,
    starts_at   TIME          NULL,
    leader      VARCHAR(300)  NOT NULL,
    content     VARCHAR(2000) NOT NULL,
    place       VARCHAR(500)  NULL,
    attendees   VARCHAR(1000) NULL,
    updated_by  VARCHAR(100)  NULL,
    updated_at  DATETIME(6)   NULL,
    INDEX ix_schedule_entry_day (tenant_id, day, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
