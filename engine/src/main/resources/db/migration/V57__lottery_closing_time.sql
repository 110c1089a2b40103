-- A lottery may close at a time of its own (a workflow step starts one that way): it is drawn then,
-- without anyone asking.
ALTER TABLE qf_lottery ADD COLUMN closes_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX qf_lottery_closing ON qf_lottery (status, closes_at);
