-- Staff may keep a member from pruning (a loyal buyer who reads but never writes), with a reason:
-- the pruning rule still judges them, and the run reports them spared with that reason instead of
-- warning or removing them (members.PruningRunner).
ALTER TABLE qf_member ADD COLUMN kept_reason VARCHAR(2000);
ALTER TABLE qf_member ADD COLUMN kept_by VARCHAR(100);
ALTER TABLE qf_member ADD COLUMN kept_at TIMESTAMP WITH TIME ZONE;
