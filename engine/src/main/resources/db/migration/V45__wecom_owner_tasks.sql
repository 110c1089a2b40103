-- Owner tasks: what WeCom has no API for (delete a message, remove a customer, pay a red envelope,
-- mute), carried out by the group owner in their client, one per action, run by owner-task.bpmn.
CREATE TABLE qf_wecom_owner_task (
    id             VARCHAR(64)   PRIMARY KEY,
    action_id      VARCHAR(64)   NOT NULL UNIQUE,
    action_type    VARCHAR(30)   NOT NULL,
    group_id       VARCHAR(100)  NOT NULL,
    member_id      VARCHAR(100),
    owner_user_id  VARCHAR(100)  NOT NULL,
    rule           VARCHAR(300),
    reason         VARCHAR(2000),
    message_text   VARCHAR(20000),
    action_text    VARCHAR(20000),
    amount_cents   BIGINT,
    -- OPEN, DONE or DISMISSED
    status         VARCHAR(10)   NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE,
    notified_at    TIMESTAMP WITH TIME ZONE,
    notify_error   VARCHAR(2000),
    reminded_at    TIMESTAMP WITH TIME ZONE,
    escalated_at   TIMESTAMP WITH TIME ZONE,
    outcome_note   VARCHAR(2000),
    closed_by      VARCHAR(100),
    closed_at      TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX qf_wecom_owner_task_status ON qf_wecom_owner_task (status, created_at);
