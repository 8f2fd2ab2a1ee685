-- What an editor is writing and has not saved yet (kept every ~30 s and when the page is left, so a crash, an
-- expired session or a closed tab loses at most that much), and who has which article open in the editor right
-- now (a soft lock: others are told before they start a conflicting edit). One row per province, article and
-- user; article 0 is the user's new article not saved yet. content.boundary.EditingDesk.
CREATE TABLE article_autosave (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    article_id    BIGINT       NOT NULL,
    user_name     VARCHAR(100) NOT NULL,
    has_text      BOOLEAN      NOT NULL DEFAULT FALSE,
    title         VARCHAR(2000),
    lead_text     TEXT,
    body_html     MEDIUMTEXT,
    author        VARCHAR(1000),
    category_id   BIGINT,
    tags          VARCHAR(4000),
    source        VARCHAR(2000),
    images        MEDIUMTEXT,
    featured      CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin,
    saved_at      DATETIME(6),
    open_since    DATETIME(6),
    seen_at       DATETIME(6),
    CONSTRAINT uk_article_autosave UNIQUE (tenant_id, article_id, user_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- The newsroom's own views ("Của tôi", "Bị trả lại") are counted on every back-office page.
CREATE INDEX ix_article_writer ON article (tenant_id, created_by, status);

-- A draft nobody needs goes to the trash, restorable (content.entity.Article#trash).
ALTER TABLE article
    ADD COLUMN trashed_at DATETIME(6)  NULL,
    ADD COLUMN trashed_by VARCHAR(100) NULL;

-- The newsroom's notifications: to an article's writer when someone else moves it (approved, returned with a
-- comment, rejected…), to the province's publishers when an article is submitted. A user's notifications newer than
-- the last time they opened the list are unread. inbox.boundary.Inbox.
CREATE TABLE notification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    recipient      VARCHAR(100)  NULL,
    recipient_role VARCHAR(40)   NULL,
    article_id     BIGINT        NULL,
    actor          VARCHAR(100)  NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    INDEX ix_notification_recipient (tenant_id, recipient, created_at),
    INDEX ix_notification_role (tenant_id, recipient_role, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE notification_seen (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    user_name VARCHAR(100) NOT NULL,
    seen_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_notification_seen UNIQUE (tenant_id, user_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- An image's own caption and alt text, offered wherever it is placed (each article may change them for its use).
ALTER TABLE media_file
    ADD COLUMN default_caption VARCHAR(500) NULL,
    ADD COLUMN default_alt     VARCHAR(500) NULL;
