-- Foundation schema. Platform-wide tables (tenant, tenant_hostname, platform_flag) have no tenant column;
-- every tenant-owned table carries tenant_id, which EclipseLink's @Multitenant discriminator fills and
-- filters. Text columns are utf8mb4 with the accent-insensitive UCA 14 collation that Vietnamese search
-- needs (ARCHITECTURE.md, decision 9); codes, slugs and hashes compare byte for byte.

CREATE TABLE tenant (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name_vi         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    theme_key       VARCHAR(40)  NOT NULL,
    primary_color   VARCHAR(7),
    secondary_color VARCHAR(7),
    footer_address  VARCHAR(500),
    hotline         VARCHAR(50),
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_tenant_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE tenant_hostname (
    tenant_ref BIGINT       NOT NULL,
    hostname   VARCHAR(253) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    CONSTRAINT uk_tenant_hostname UNIQUE (hostname),
    CONSTRAINT fk_tenant_hostname_tenant FOREIGN KEY (tenant_ref) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE category (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    slug      VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name      VARCHAR(200) NOT NULL,
    position  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_category_slug UNIQUE (tenant_id, slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE article (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title        VARCHAR(500) NOT NULL,
    slug         VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    lead_text    VARCHAR(4000),
    body_html    MEDIUMTEXT,
    author       VARCHAR(200),
    category_id  BIGINT,
    status       VARCHAR(20)  NOT NULL,
    published_at DATETIME(6),
    view_count   BIGINT       NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_article_slug UNIQUE (tenant_id, slug),
    CONSTRAINT fk_article_category FOREIGN KEY (category_id) REFERENCES category (id),
    INDEX ix_article_published (tenant_id, status, published_at),
    FULLTEXT INDEX ft_article_text (title, lead_text, body_html)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE article_image (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    article_id   BIGINT      NOT NULL,
    position     INT         NOT NULL,
    media_sha256 CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    caption      VARCHAR(500),
    alt_text     VARCHAR(500) NOT NULL,
    CONSTRAINT fk_article_image_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    INDEX ix_article_image (tenant_id, article_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;

CREATE TABLE media_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sha256       CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    bytes        LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_media_sha256 UNIQUE (tenant_id, sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci;
