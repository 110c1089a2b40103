-- Word lists live in the database so compliance can change them at run time; the shipped CSV
-- files seed them once per file (a removed shipped term stays removed).
CREATE TABLE qf_lexicon_entry (
    term       VARCHAR(200)  NOT NULL PRIMARY KEY,
    category   VARCHAR(40)   NOT NULL,
    severity   VARCHAR(20)   NOT NULL,
    added_by   VARCHAR(100)  NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE qf_lexicon_seed (
    file_name  VARCHAR(200)  NOT NULL PRIMARY KEY,
    seeded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A strike keeps the whole explanation, so a member's record says what was found and why.
ALTER TABLE qf_strike ADD COLUMN severity VARCHAR(20);
ALTER TABLE qf_strike ADD COLUMN outcome VARCHAR(40);
ALTER TABLE qf_strike ADD COLUMN matched_original VARCHAR(2000);
ALTER TABLE qf_strike ADD COLUMN matched_normalized VARCHAR(2000);
ALTER TABLE qf_strike ADD COLUMN reason VARCHAR(4000);

-- Flood detection counts a member's recent messages by event time.
CREATE INDEX qf_event_member_time ON qf_event (group_id, member_id, occurred_at);

-- A revision per kind of live configuration: a change bumps it in its transaction, and every node
-- compares it with what it has loaded, so a change made on one node reaches the others.
CREATE TABLE qf_revision (
    subject  VARCHAR(40) NOT NULL PRIMARY KEY,
    revision BIGINT      NOT NULL
);
INSERT INTO qf_revision (subject, revision) VALUES ('word-lists', 0);
INSERT INTO qf_revision (subject, revision) VALUES ('parameters', 0);
