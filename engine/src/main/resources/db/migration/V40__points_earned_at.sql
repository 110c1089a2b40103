-- Metrics count points on the day they were earned: the time of the event that earned them, or
-- when they were booked for those no event caused. Kept on the entry, so the ledger answers that
-- alone instead of metrics joining it with the event log.
ALTER TABLE qf_points_entry ADD COLUMN earned_at TIMESTAMP WITH TIME ZONE;
UPDATE qf_points_entry SET earned_at = COALESCE(
    (SELECT e.occurred_at FROM qf_event e WHERE e.event_id = qf_points_entry.event_id), created_at);
ALTER TABLE qf_points_entry ALTER COLUMN earned_at SET NOT NULL;
CREATE INDEX qf_points_earned ON qf_points_entry (group_id, earned_at);
