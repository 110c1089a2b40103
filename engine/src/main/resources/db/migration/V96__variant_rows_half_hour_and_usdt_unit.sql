-- Recruitment by pay rate the moderation still missed on the public corpora's dev halves (issue 17,
-- session 30). Cues: 半小时 (a period, as 小时 is: 接单吗488半小时) and u (a money unit, USDT, as r
-- is: 来人150u小时). A row already written is not added twice.
-- The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '半小时,per-hour' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '半小时,per-hour' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'u,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'u,price-unit' ELSE '' END,
       'system',
       '半小时 (per-hour), u (price-unit)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '半小时,per-hour' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'u,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
