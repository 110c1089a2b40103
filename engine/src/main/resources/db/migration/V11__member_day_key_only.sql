-- H2 plans a prepared statement once, when it is first parsed (while the table is still small),
-- and with this index beside the primary key it planned the per-member UPDATE and window sums of
-- the hot path on it: a scan of every member's row of the group for the day, on every event. The
-- key (group_id, member_id, activity_day) serves the group-wide windows of a pruning pass too.
DROP INDEX qf_member_day_group_day;
