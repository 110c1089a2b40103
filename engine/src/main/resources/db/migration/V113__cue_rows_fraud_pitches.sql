-- Fraud pitches the moderation still missed on ChineseHarm-Bench's dev half (欺诈).
-- Cues: 陪聊 (pay-offer) makes a high hourly rate an offer, as 来 or 私 do (做陪聊吗288一个小时). (A member's
-- own 兼职做家教 and warnings such as 兼职都是骗子 are everyday phrases from V112.)
-- A row already written is not added twice. The cue file gets one new version, appended to its latest;
-- a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '陪聊,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '陪聊,pay-offer' ELSE '' END,
       'system',
       '陪聊 (pay-offer)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '陪聊,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0)