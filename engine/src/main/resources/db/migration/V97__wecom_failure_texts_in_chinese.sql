-- What a person reads about a failed WeCom call, in Chinese beside the English already kept: why an
-- owner was not notified of a task (the inbox shows it), and why a connector failed an action (the
-- action's detail, for API clients and the UI). Empty for rows before, which show the English.
ALTER TABLE qf_wecom_owner_task ADD COLUMN notify_error_zh VARCHAR(2000);
ALTER TABLE qf_action ADD COLUMN detail_zh VARCHAR(2000);
