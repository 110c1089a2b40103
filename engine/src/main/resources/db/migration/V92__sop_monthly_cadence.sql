-- Monthly SOP entries: the day of the month they post on (a month without it posts on its last
-- day). The cadence column's CHECK was created without a name in V6, and H2 and PostgreSQL name
-- such a constraint differently; the column is rebuilt so that its new CHECK has a name both know.
ALTER TABLE qf_sop_entry ADD COLUMN day_of_month INTEGER;
ALTER TABLE qf_sop_entry ADD CONSTRAINT qf_sop_entry_day_of_month CHECK (day_of_month BETWEEN 1 AND 31);
ALTER TABLE qf_sop_entry ADD COLUMN cadence_was VARCHAR(10);
UPDATE qf_sop_entry SET cadence_was = cadence;
ALTER TABLE qf_sop_entry DROP COLUMN cadence;
ALTER TABLE qf_sop_entry ADD COLUMN cadence VARCHAR(10);
UPDATE qf_sop_entry SET cadence = cadence_was;
ALTER TABLE qf_sop_entry DROP COLUMN cadence_was;
ALTER TABLE qf_sop_entry ALTER COLUMN cadence SET NOT NULL;
ALTER TABLE qf_sop_entry ADD CONSTRAINT qf_sop_entry_cadence CHECK (cadence IN ('DAILY', 'WEEKLY', 'MONTHLY', 'ONCE'));
