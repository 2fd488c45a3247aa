-- Counts the changes to what a user may do (roles, password, enabled); a session that logged in under an older count
-- ends at its next request, on every node (issue 13 items 1 and 7).
ALTER TABLE portal_user ADD COLUMN access_version INTEGER DEFAULT 0 NOT NULL;
