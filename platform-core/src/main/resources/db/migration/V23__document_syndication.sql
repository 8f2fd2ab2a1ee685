-- Ministry documents syndicated to the provinces (issue #17 item 1), as articles are (V9): each copy says where it comes
-- from and carries the key shared by every copy, so the ministry withdraws them all at once and a province cannot change
-- a document it did not issue.
ALTER TABLE legal_document
    ADD COLUMN origin          VARCHAR(200) NULL,
    ADD COLUMN syndication_key CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD INDEX ix_legal_document_syndication (syndication_key);
