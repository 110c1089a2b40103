-- The names of WeCom staff members (group owners) by userid, for the pages that showed only the
-- userid. Read from WeCom's user/get and asked again at most once a day (fetched_at), whatever the
-- answer: name stays null while WeCom will not say (a member outside the app's visible range), and a
-- failed ask keeps the name known before.
CREATE TABLE qf_wecom_staff_name (
    user_id VARCHAR(100) PRIMARY KEY,
    name VARCHAR(100),
    fetched_at TIMESTAMP WITH TIME ZONE NOT NULL
);
