-- Lewd asks, round 4 (issue 17): 母狗 as members spell it to dodge a filter (亩狗, 姆狗: 亩🐶加我), read by the
-- sex-object detector with an ask written right against it. The release takes the word-list term 母狗加我 off the
-- shipped PORN list: it read a dog seller's 出售柯基小母狗，加我微信 across the comma, which the detector does not.
-- A row already written is not added twice. The cue file gets one new version, appended to its latest; a new
-- database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '亩狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '亩狗,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '姆狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '姆狗,sex-object' ELSE '' END,
       'system',
       '亩狗, 姆狗 (sex-object)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '亩狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '姆狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
