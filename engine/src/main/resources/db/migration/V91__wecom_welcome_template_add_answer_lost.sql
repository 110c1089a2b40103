-- When WeCom's answer to adding a group's welcome template was lost: WeCom may hold a template
-- Qunflow has no id for, and WeCom offers no way to list them. The claim row is kept with this time
-- (its template_id empty) so no second template is added until an admin has checked and retried.
ALTER TABLE qf_wecom_welcome_template ADD COLUMN add_answer_lost_at TIMESTAMP WITH TIME ZONE;
