-- Votes that arrive in a burst (more than a province's usual flow in a few minutes, from many addresses) are kept
-- aside, not counted, until the province's administrator counts or discards them (stats.boundary.Statistics).
ALTER TABLE satisfaction_vote
    ADD COLUMN held     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN criteria VARCHAR(300) NULL;
CREATE INDEX ix_satisfaction_vote_recent ON satisfaction_vote (tenant_id, created_at);
