-- Recruitment pitches (issue 17, session 33): a mother who says she is 带娃 while she mentions her
-- husband's pay (宝妈在家带娃，老公一个月两万) offers no job, though 带 is an offer word of the
-- pay-rate detector: 带娃, 带孩子, 带宝宝 and 带小孩 are everyday phrases, and an offer word inside one is
-- not counted. 宝妈在家带娃一天轻松500，想做的来 is still caught (来). A row already written is not
-- added twice. The cue file gets one new version, appended to its latest; a new database seeds the
-- shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带娃,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带孩子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带孩子,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带宝宝,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带宝宝,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带小孩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带小孩,everyday' ELSE '' END,
       'system',
       'recruitment pitches: everyday phrases around an offer word (带娃)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带孩子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带宝宝,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带小孩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
