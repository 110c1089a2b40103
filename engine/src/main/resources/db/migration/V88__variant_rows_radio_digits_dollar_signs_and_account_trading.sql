-- Spam a helper playing a spammer found passing (issue 17, session 27).
-- Characters: the radio operators' readings of digits, 洞 0, 两 2, 拐 7, 勾 9 (幺 1 was read already),
-- so 加我 幺三八洞洞拐拐勾勾两两 is the phone number it spells; and $, ＄ and the emoji 💲 stand for
-- 元 as ¥ does, so 私聊 💲99 is a private deal with its price. A character compliance already maps
-- is left as it is.
-- The file gets one new version, appended to its latest; a new database seeds the shipped file,
-- which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '洞,' IN CHR(10) || content) = 0 THEN CHR(10) || '洞,0,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '两,' IN CHR(10) || content) = 0 THEN CHR(10) || '两,2,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '拐,' IN CHR(10) || content) = 0 THEN CHR(10) || '拐,7,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '勾,' IN CHR(10) || content) = 0 THEN CHR(10) || '勾,9,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '＄,' IN CHR(10) || content) = 0 THEN CHR(10) || '＄,元,symbol' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '$,' IN CHR(10) || content) = 0 THEN CHR(10) || '$,元,symbol' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '💲,' IN CHR(10) || content) = 0 THEN CHR(10) || '💲,元,emoji' ELSE '' END,
       'system',
       '洞 0, 两 2, 拐 7, 勾 9 (radio readings of digits); $, ＄, 💲 for 元',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '洞,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '两,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '拐,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '勾,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '＄,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '$,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '💲,' IN CHR(10) || content) = 0);
