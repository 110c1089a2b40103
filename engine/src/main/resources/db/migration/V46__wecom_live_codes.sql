-- Group live codes (群活码): WeCom「加入群聊」configurations Qunflow made, one per channel (state).
-- chat_ids is the pool in order; WeCom is given the first five groups not near their capacity.
CREATE TABLE qf_wecom_live_code (
    config_id        VARCHAR(200) PRIMARY KEY,
    remark           VARCHAR(100),
    state            VARCHAR(30)  NOT NULL UNIQUE,
    chat_ids         VARCHAR(20000) NOT NULL,
    active_chat_ids  VARCHAR(1000)  NOT NULL,
    auto_create_room BOOLEAN      NOT NULL,
    room_base_name   VARCHAR(100),
    room_base_id     INTEGER,
    qr_code          VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at       TIMESTAMP WITH TIME ZONE
);
