-- A group's member count is counted from its member rows (status IN_GROUP), not kept on the group
-- row: a counter updated by every event that adds a member (first messages too) made a group's
-- concurrent events wait on that one row lock, and time out under load.
ALTER TABLE qf_group DROP COLUMN member_count;
CREATE INDEX qf_member_group_status ON qf_member (group_id, status);
