-- Members of a group by status: pruning passes, the activity rate and the member lists read the
-- members in the group, which on PostgreSQL otherwise scans every row the group ever had.
CREATE INDEX qf_member_group_status ON qf_member (group_id, status);
