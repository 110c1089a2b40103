-- Revoking a key bumps this revision, so every node drops its cached keys, not only the node that
-- revoked it. last_used_at tells admins which connector still uses a key before they rotate it.
INSERT INTO qf_revision (subject, revision) VALUES ('api-keys', 0);
ALTER TABLE qf_api_key ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
