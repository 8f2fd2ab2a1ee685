-- A category page's ids (issue #14): ix_article_in_category gave the order but not the status, so MariaDB took
-- ix_article_category (status before the sort column) and sorted every article of the category for each page;
-- page 201 of 2,000 articles cost 6.2 ms in MariaDB for its ten ids. With status at the end the index alone
-- answers in order and filters the status on its way (1.4 ms; the count 1.1 -> 0.75 ms).
ALTER TABLE article DROP INDEX ix_article_in_category,
    ADD INDEX ix_article_in_category (tenant_id, category_id, published_at, id, status);
