-- When the node running (or holding in its queue) a backtest last said it still has it: a backtest
-- whose node stopped would otherwise show RUNNING for ever. Backtests started before count from
-- their start.
ALTER TABLE qf_backtest ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
