-- SOP calendars and the posts they sent. A post is unique per entry and due time, so a timer job
-- that runs twice (retry, second node) sends once.
CREATE TABLE qf_sop_entry (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    group_id     VARCHAR(100)  NOT NULL,
    cadence      VARCHAR(10)   NOT NULL CHECK (cadence IN ('DAILY', 'WEEKLY', 'ONCE')),
    day_of_week  VARCHAR(10),
    on_date      DATE,
    at_time      VARCHAR(5)    NOT NULL,
    purpose      VARCHAR(20)   NOT NULL,
    content_kind VARCHAR(20)   NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    link         VARCHAR(2000),
    owner        VARCHAR(100),
    notes        VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX qf_sop_entry_group ON qf_sop_entry (group_id);

CREATE TABLE qf_sop_post (
    id        VARCHAR(64)   NOT NULL PRIMARY KEY,
    group_id  VARCHAR(100)  NOT NULL,
    entry_id  VARCHAR(64)   NOT NULL,
    due_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reach     INTEGER       NOT NULL,
    action_id VARCHAR(64)   NOT NULL,
    body      VARCHAR(6000) NOT NULL,
    UNIQUE (entry_id, due_at)
);
CREATE INDEX qf_sop_post_group ON qf_sop_post (group_id, due_at);
