-- The role a member held before WeCom made them the group's owner or an admin: a KOC or a seeded
-- account (STAFF) set by operators comes back to it when WeCom takes the position away, rather
-- than to what the account type alone says.
CREATE TABLE qf_wecom_held_role (
    chat_id    VARCHAR(100) NOT NULL,
    member_id  VARCHAR(100) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (chat_id, member_id)
);
