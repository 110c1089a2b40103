-- Members: activity by day, layers, pruning warnings, points, red envelopes, check-ins, lotteries.
-- Portable between H2 2.x and PostgreSQL 15 (one ALTER per column; no reserved words as names).

-- One row per member per day (in the group's time zone) with what they did that day, counted by
-- the events' own times. Rolling 7/30/100-day windows are sums over these rows, so a late or
-- replayed event lands on its own day and every window gives the same answer whatever the order.
CREATE TABLE qf_member_day (
    group_id           VARCHAR(100) NOT NULL,
    member_id          VARCHAR(100) NOT NULL,
    activity_day       DATE         NOT NULL,
    messages           INTEGER      NOT NULL,
    shares             INTEGER      NOT NULL,
    questions          INTEGER      NOT NULL,
    reactions_given    INTEGER      NOT NULL,
    reactions_received INTEGER      NOT NULL,
    checkins           INTEGER      NOT NULL,
    orders             INTEGER      NOT NULL,
    order_cents        BIGINT       NOT NULL,
    link_clicks        INTEGER      NOT NULL,
    PRIMARY KEY (group_id, member_id, activity_day)
);
CREATE INDEX qf_member_day_group_day ON qf_member_day (group_id, activity_day);

ALTER TABLE qf_member ADD COLUMN layer VARCHAR(20);
ALTER TABLE qf_member ADD COLUMN persona VARCHAR(30);
ALTER TABLE qf_member ADD COLUMN layer_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE qf_member ADD COLUMN layer_locked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE qf_member ADD COLUMN layer_locked_by VARCHAR(100);
ALTER TABLE qf_member ADD COLUMN demotion_due_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE qf_member ADD COLUMN explanation VARCHAR(4000);
ALTER TABLE qf_member ADD COLUMN layered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE qf_member ADD COLUMN prune_warned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE qf_member ADD COLUMN prune_warn_reason VARCHAR(2000);
CREATE INDEX qf_member_group_layer ON qf_member (group_id, layer);

-- A pruning run, kept with its answer: the same run id again (a retried timer job) answers the
-- stored result and acts no further.
CREATE TABLE qf_pruning_run (
    run_id     VARCHAR(200) PRIMARY KEY,
    group_id   VARCHAR(100) NOT NULL,
    dry_run    BOOLEAN      NOT NULL,
    ran_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    result     VARCHAR(1000000) NOT NULL
);
