-- Click-farm gigs the moderation still missed on ChineseHarm-Bench's dev half (黑产广告, issue 17).
-- Cues: 千粉 (member-action), a thousand followers, is what a platform's gig sells as a like or a comment
-- is, so 抖音千粉号一个50 and 快手千粉，做吗 are gig offers; alone it is a member's own milestone
-- (我抖音千粉了) and stays clean.
-- A row already written is not added twice. The cue file gets one new version, appended to its latest;
-- a new database seeds the shipped file, which lists it.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '千粉,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '千粉,member-action' ELSE '' END,
       'system',
       '千粉 (member-action)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '千粉,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
