-- When a fixed page was last changed, kept by the database itself: the compliance checklist (issue #17 item 5) asks
-- that the English organisation, functions and contact pages be updated within 180 days. Existing pages count from now.
ALTER TABLE static_page ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
