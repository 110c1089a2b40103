-- 卫星 ("satellite") and its emoji 🛰 are written for 微信 in group-chat ads (🛰号:hahaxiyou01,
-- 卫星：abc12345): the cue introduces a WeChat id the way 微信 does, and only as strictly (an id with
-- a digit or '_', or one introduced with 号 or a colon), so 卫星2号发射成功 stays chat. 群 (and 裙,
-- which folds to it) introduces a QQ group's number (群：98765432); a number written straight
-- before a unit counts something instead (群20000人, 群的20000元红包). Appended as new versions of
-- the cues and characters files of a database seeded before them; a character compliance already
-- maps is left as it is, and a cue row already written is not added twice. A new database seeds
-- the shipped files, which list them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '卫星,weak-wechat-id' IN CHR(10) || content) = 0 THEN CHR(10) || '卫星,weak-wechat-id' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '群,qq' IN CHR(10) || content) = 0 THEN CHR(10) || '群,qq' ELSE '' END,
       'system',
       '卫星 for 微信 (weak-wechat-id), 群 before a group number (qq)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '卫星,weak-wechat-id' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '群,qq' IN CHR(10) || content) = 0);

INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content || CHR(10) || '🛰,卫星,emoji',
       'system',
       'the satellite emoji for 卫星 (🛰 卫星)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND POSITION(CHR(10) || '🛰,' IN CHR(10) || content) = 0;
