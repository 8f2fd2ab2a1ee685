-- Citizen portal: richer themes, menus, widgets and their placement, banners, comments, redirects,
-- static pages (Vietnamese and English). Tenant-owned tables carry tenant_id like every other.

ALTER TABLE tenant
    ADD COLUMN logo_sha256   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN banner_sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN licence_line  VARCHAR(500) NULL,
    ADD COLUMN layout        VARCHAR(40) NOT NULL DEFAULT 'sidebar-right';

ALTER TABLE article ADD COLUMN featured BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_article_category ON article (tenant_id, category_id, status, published_at);
CREATE INDEX ix_article_views ON article (tenant_id, status, view_count);
-- Title matches rank above body matches in search.
CREATE FULLTEXT INDEX ft_article_title ON article (title);

CREATE TABLE menu_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    parent_id   BIGINT NULL,
    label       VARCHAR(200) NOT NULL,
    category_id BIGINT NULL,
    url         VARCHAR(1000) NULL,
    position    INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_menu_parent FOREIGN KEY (parent_id) REFERENCES menu_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_menu_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE CASCADE,
    INDEX ix_menu_tenant (tenant_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE widget_placement (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    region      VARCHAR(20) NOT NULL,
    widget_type VARCHAR(60) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position    INT NOT NULL DEFAULT 0,
    title       VARCHAR(200) NULL,
    settings    TEXT NULL,
    INDEX ix_widget_tenant (tenant_id, region, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE banner (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title        VARCHAR(300) NOT NULL,
    image_sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    link         VARCHAR(1000) NULL,
    starts_at    DATETIME(6) NULL,
    ends_at      DATETIME(6) NULL,
    position     INT NOT NULL DEFAULT 0,
    INDEX ix_banner_tenant (tenant_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE article_comment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    article_id   BIGINT NOT NULL,
    author_name  VARCHAR(100) NOT NULL,
    author_email VARCHAR(254) NULL,
    body         VARCHAR(4000) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    moderated_at DATETIME(6) NULL,
    moderated_by VARCHAR(100) NULL,
    client_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    INDEX ix_comment_article (tenant_id, article_id, status, created_at),
    INDEX ix_comment_status (tenant_id, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE redirect (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    old_path   VARCHAR(500) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    new_path   VARCHAR(1000) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_redirect UNIQUE (tenant_id, old_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE static_page (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    language  CHAR(2) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    slug      VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title     VARCHAR(300) NOT NULL,
    body_html MEDIUMTEXT NOT NULL,
    position  INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_static_page UNIQUE (tenant_id, language, slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

-- Provinces that existed before widgets keep a home page: their latest news, and the most read.
INSERT INTO widget_placement (tenant_id, region, widget_type, position, title, settings)
SELECT code, 'MAIN', 'latest-news', 0, 'Tin mới nhất', 'count=10' FROM tenant;
INSERT INTO widget_placement (tenant_id, region, widget_type, position, title, settings)
SELECT code, 'SIDEBAR', 'most-viewed', 0, 'Tin đọc nhiều', 'count=5' FROM tenant;
