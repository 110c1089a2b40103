-- Bumped when a person's password is reset or their account is disabled: a session signed in
-- under an older value ends at its next request (security.AccountSessions).
ALTER TABLE qf_user ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;
