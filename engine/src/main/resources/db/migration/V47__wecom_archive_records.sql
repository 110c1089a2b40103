-- Chat-archive records (会话存档) taken in, by msgid: the same record again changes nothing.
CREATE TABLE qf_wecom_archive_record (
    msgid       VARCHAR(200) PRIMARY KEY,
    room_id     VARCHAR(100) NOT NULL,
    sender      VARCHAR(100) NOT NULL,
    event_id    VARCHAR(200) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX qf_wecom_archive_record_room ON qf_wecom_archive_record (room_id, sent_at);
