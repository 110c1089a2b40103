-- The words that introduce a QQ number or a WeChat id were constants in the detectors' code; they are
-- now the cue kinds qq and wechat-id of the variant data, which compliance edits like any cue. A
-- database seeded before holds cue files without them, so its live cue file is published again with
-- the shipped rows of both kinds appended, as a new version (the history keeps the one before and a
-- rollback to it is still possible). A new database has no cue file yet: the shipped one, which lists
-- them, seeds version 1 on the first start.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content || '
qq,qq
扣扣,qq
企鹅,qq
球球,qq
q号,qq
q群,qq
群号,qq
vx,wechat-id
wx,wechat-id
v信,wechat-id
微x,wechat-id
wechat,wechat-id
weixin,wechat-id
加v,wechat-id
加我v,wechat-id
',
       'system',
       'the words that introduce a QQ number or a WeChat id, moved from the detectors'' code into the cue kinds qq and wechat-id',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues');
