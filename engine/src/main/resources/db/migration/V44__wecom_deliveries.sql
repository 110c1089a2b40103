-- WeCom connector, outbound: one delivery per outbox action of a WeCom group, fanned out from the
-- outbox in order behind a cursor, claimed with a lease, retried with back-off on busy codes.
CREATE TABLE qf_wecom_cursor (
    id         VARCHAR(20) PRIMARY KEY,
    cursor_seq BIGINT      NOT NULL
);
INSERT INTO qf_wecom_cursor (id, cursor_seq) VALUES ('outbox', 0);

CREATE TABLE qf_wecom_delivery (
    action_id       VARCHAR(64)   PRIMARY KEY,
    action_seq      BIGINT        NOT NULL,
    group_id        VARCHAR(100)  NOT NULL,
    action_type     VARCHAR(30)   NOT NULL,
    -- PENDING (to send), CONFIRMING (the owner has to confirm a broadcast in their client),
    -- OWNER_TASK (an owner task carries it), DONE, FAILED (a dead letter: errcode and errmsg kept).
    status          VARCHAR(12)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner     VARCHAR(100),
    lease_until     TIMESTAMP WITH TIME ZONE,
    wecom_msgid     VARCHAR(200),
    errcode         INTEGER,
    errmsg          VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX qf_wecom_delivery_due ON qf_wecom_delivery (status, next_attempt_at);

-- The group welcome template (入群欢迎语素材) each group's welcome is sent with.
CREATE TABLE qf_wecom_welcome_template (
    group_id    VARCHAR(100) PRIMARY KEY,
    template_id VARCHAR(200) NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
