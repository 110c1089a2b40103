-- An API key's name is the audit trail's actor for everything the key does ("key:<name>"), so two
-- keys of one name made the trail ambiguous. Names are unique from now on, revoked keys' included
-- (their past entries still name them). Where a database already holds one name twice, the oldest
-- key keeps it and each later one has its id added, which the key list shows the admin.
UPDATE qf_api_key SET name = LEFT(LEFT(name, 60) || ' (' || id || ')', 100)
WHERE EXISTS (
    SELECT 1 FROM qf_api_key older
    WHERE older.name = qf_api_key.name
      AND (older.created_at < qf_api_key.created_at
           OR (older.created_at = qf_api_key.created_at AND older.id < qf_api_key.id)));
CREATE UNIQUE INDEX qf_api_key_name ON qf_api_key (name);
