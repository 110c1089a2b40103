-- Lewd asks, round 4 (issue 17): 母狗 as members spell it to dodge a filter (亩狗, 姆狗: 亩🐶加我), read by the
-- sex-object detector with an ask written right against it. The release takes the word-list term 母狗加我 off the
-- shipped PORN list: it read a dog seller's 出售柯基小母狗，加我微信 across the comma, which the detector does not.
-- The new kind pet names a pet as owners and sellers do (柯基, 泰迪, 幼犬, 配种, 狗粮, 疫苗): a message holding one
-- is about a dog, so the sex-object detector stands down (a seller who writes no comma: 出售柯基小母狗加我微信).
-- A row already written is not added twice. The cue file gets one new version, appended to its latest; a new
-- database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '亩狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '亩狗,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '姆狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '姆狗,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '柯基,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '柯基,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '泰迪,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '泰迪,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '金毛,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '金毛,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '比熊,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '比熊,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '博美,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '博美,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '柴犬,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '柴犬,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '拉布拉多,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '拉布拉多,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '边牧,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '边牧,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '哈士奇,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '哈士奇,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '萨摩耶,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '萨摩耶,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '法斗,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '法斗,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '雪纳瑞,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '雪纳瑞,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '吉娃娃,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '吉娃娃,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '德牧,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '德牧,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '田园犬,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '田园犬,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '幼犬,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '幼犬,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '犬舍,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '犬舍,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '狗崽,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '狗崽,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配种,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配种,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '狗粮,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '狗粮,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '疫苗,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '疫苗,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '驱虫,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '驱虫,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '绝育,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '绝育,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '纯种,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '纯种,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '血统,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '血统,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '领养,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '领养,pet' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '遛狗,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '遛狗,pet' ELSE '' END,
       'system',
       '亩狗, 姆狗 (sex-object); 柯基, 泰迪, 幼犬, 配种, 狗粮… (pet)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '亩狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '姆狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '柯基,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '泰迪,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '金毛,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '比熊,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '博美,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '柴犬,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '拉布拉多,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '边牧,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '哈士奇,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '萨摩耶,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '法斗,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '雪纳瑞,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '吉娃娃,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '德牧,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '田园犬,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '幼犬,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '犬舍,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '狗崽,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配种,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '狗粮,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '疫苗,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '驱虫,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '绝育,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '纯种,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '血统,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '领养,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '遛狗,pet' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
