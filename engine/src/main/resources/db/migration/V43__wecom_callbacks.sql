-- In the SQL H2 2.x and PostgreSQL 15 both accept (VARCHAR, not TEXT), as V1 explains.
-- WeCom connector, inbound: every verified callback is stored before WeCom gets its answer, keyed
-- by the SHA-256 of its decrypted message, so a callback WeCom sends again is stored once and
-- processed once; processing happens after the answer, claimed with a lease like webhook deliveries.
CREATE TABLE qf_wecom_callback (
    id              VARCHAR(64)   PRIMARY KEY,
    event           VARCHAR(100)  NOT NULL,
    change_type     VARCHAR(100),
    message         VARCHAR(300000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner     VARCHAR(100),
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX qf_wecom_callback_due ON qf_wecom_callback (status, next_attempt_at);

-- The customer groups (客户群) Qunflow knows from WeCom: the Qunflow group has the chat id as its
-- id; what WeCom alone knows of the group (owner, notice, member version) is kept here.
CREATE TABLE qf_wecom_chat (
    chat_id        VARCHAR(100)  PRIMARY KEY,
    owner_user_id  VARCHAR(100)  NOT NULL,
    name           VARCHAR(200),
    notice         VARCHAR(20000),
    member_version VARCHAR(100),
    dismissed      BOOLEAN       NOT NULL,
    synced_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
