-- The member a broadcast went to for confirmation: get_groupmsg_send_result is asked of the sender,
-- and a group may change owner before the broadcast is confirmed. Empty for broadcasts sent before,
-- which are asked of the group's owner then, as they were.
ALTER TABLE qf_wecom_delivery ADD COLUMN wecom_sender VARCHAR(64);
