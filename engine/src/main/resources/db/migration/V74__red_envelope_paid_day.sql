-- The day a red envelope was paid, in the group's time zone: the budgets weigh what leaves the
-- wallet that day, whatever day the occasion was (a backfilled join, a late check-in). reward_day
-- stays the occasion's day, for the dashboards. Envelopes paid before were weighed on their
-- occasion's day; they keep it.
ALTER TABLE qf_red_envelope ADD COLUMN paid_day DATE;
UPDATE qf_red_envelope SET paid_day = reward_day;
ALTER TABLE qf_red_envelope ALTER COLUMN paid_day SET NOT NULL;
CREATE INDEX qf_red_envelope_paid ON qf_red_envelope (group_id, status, paid_day);
