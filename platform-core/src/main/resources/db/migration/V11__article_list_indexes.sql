-- Lists of articles in the order they are shown, so that a page of 10 reads 10 rows (issue #14).
-- The older indexes put status before the sort column; with "status IN ('PUBLISHED', 'WITHDRAWN')" MariaDB
-- could not use their order and sorted all of a province's articles, bodies included, for every list on every
-- page (6,000 rows per list at volume: 125-314 ms of CPU per page). Province first, then the sort columns.
CREATE INDEX ix_article_latest ON article (tenant_id, published_at, id);
CREATE INDEX ix_article_in_category ON article (tenant_id, category_id, published_at, id);
CREATE INDEX ix_article_most_viewed ON article (tenant_id, view_count, published_at);
-- The home's "featured" box and the ministry's pushed articles: few rows, found without reading the others
-- (a province whose only featured article is its oldest scanned all 6,000 rows for it on every home page).
CREATE INDEX ix_article_featured ON article (tenant_id, featured, published_at, id);
CREATE INDEX ix_article_origin ON article (tenant_id, origin, published_at);
