-- Money units for the prize-claim detector (issue 17, session 33): a prize worth a fortune in money, named with
-- 美元 or 人民币 after the amount (奖金高达100万美元), needs no ask to be a scam's opening. A row already written is
-- not added twice. The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '美元,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '美元,price-unit' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '人民币,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '人民币,price-unit' ELSE '' END,
       'system',
       '美元, 人民币 (price-unit)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '美元,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '人民币,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
