-- A parameter may hold host names (kind HOSTS: moderation.own-link-hosts, the shop's own sites). The kind
-- column's CHECK was created without a name in V2, and H2 and PostgreSQL name such a constraint
-- differently; the column is rebuilt, as V92 rebuilt qf_sop_entry.cadence, so that its new CHECK has a name
-- both know.
ALTER TABLE qf_parameter ADD COLUMN kind_was VARCHAR(20);
UPDATE qf_parameter SET kind_was = kind;
ALTER TABLE qf_parameter DROP COLUMN kind;
ALTER TABLE qf_parameter ADD COLUMN kind VARCHAR(20);
UPDATE qf_parameter SET kind = kind_was;
ALTER TABLE qf_parameter DROP COLUMN kind_was;
ALTER TABLE qf_parameter ALTER COLUMN kind SET NOT NULL;
ALTER TABLE qf_parameter ADD CONSTRAINT qf_parameter_kind CHECK (kind IN ('INTEGER', 'DECIMAL', 'TEXT', 'HOSTS'));
