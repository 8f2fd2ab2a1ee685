-- Editorial workflow: who wrote an article, what reviewers said, and why it was forced, withdrawn or taken down.
ALTER TABLE article
    ADD COLUMN created_by       VARCHAR(100) NULL,
    ADD COLUMN review_comment   VARCHAR(2000) NULL,
    ADD COLUMN forced           BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN force_reason     VARCHAR(2000) NULL,
    ADD COLUMN withdraw_reason  VARCHAR(2000) NULL,
    ADD COLUMN unpublish_reason VARCHAR(2000) NULL,
    ADD COLUMN redirect_to      VARCHAR(1000) NULL;
