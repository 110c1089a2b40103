-- In the SQL H2 2.x and PostgreSQL 15 both accept (VARCHAR, not TEXT), as V1 explains.
-- The phase the group was in when an event was decided, so a backtest replays each event in the
-- phase it was decided in (rules and parameters can be scoped to phases). Null for older events.
ALTER TABLE qf_event ADD COLUMN phase VARCHAR(20);
