-- Who declined a citizen's question and when, in columns of their own: the decline used to borrow published_by and
-- answered_at, so a declined question looked published by someone and answered without an answer.
ALTER TABLE question ADD COLUMN decided_by VARCHAR(100) NULL, ADD COLUMN decided_at DATETIME(6) NULL;
UPDATE question SET decided_by = published_by, decided_at = COALESCE(answered_at, created_at), published_by = NULL,
    answered_at = CASE WHEN answer IS NULL THEN NULL ELSE answered_at END
    WHERE status = 'REJECTED';
