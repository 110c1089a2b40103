-- The topics sent are read a page at a time, newest first, out of every post a group ever sent:
-- (group_id, due_at) alone would walk all of a group's posts to find its topics.
CREATE INDEX qf_sop_post_group_purpose ON qf_sop_post (group_id, purpose, due_at);
