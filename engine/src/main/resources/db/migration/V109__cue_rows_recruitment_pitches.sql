-- Recruitment pitches (issue 17, session 33). A mother who says she is 带娃 while she mentions her
-- husband's pay (宝妈在家带娃，老公一个月两万) offers no job, though 带 is an offer word of the
-- pay-rate detector: 带娃, 带孩子, 带宝宝 and 带小孩 are everyday phrases, and an offer word inside one is
-- not counted. A pitch that the job is done from home or on a phone makes a rate an offer, as 来 or
-- 私 do (一小时500，轻松简单在家就能: 在家就能, 在家就可以, 手机就能…); the words a pitch writes between
-- a period and its pay are passed over (一个月给你三万, 月薪可达20w: 给你, 可达, 高达, 能拿…); and
-- 月工资, 月综合工资 are periods, as 月薪 is. A row already written is not added twice. The cue
-- file gets one new version, appended to its latest; a new database seeds the shipped file, which
-- lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带娃,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带孩子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带孩子,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带宝宝,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带宝宝,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带小孩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带小孩,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在家就能,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在家就能,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在家就可以,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在家就可以,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在家就行,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在家就行,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在家可做,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在家可做,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在家也能,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在家也能,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '手机就能,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '手机就能,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '手机就可以,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '手机就可以,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有手机就,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有手机就,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '给你,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '给你,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可达,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可达,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '高达,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '高达,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '能拿,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '能拿,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可以拿,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可以拿,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '能赚,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '能赚,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可以赚,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可以赚,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '搞个,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '搞个,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '月工资,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '月工资,per-month' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '月综合工资,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '月综合工资,per-month' ELSE '' END,
       'system',
       'recruitment pitches: everyday phrases around an offer word (带娃), work-from-home offers (在家就能), fillers (给你) and 月工资',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带孩子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带宝宝,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带小孩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在家就能,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在家就可以,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在家就行,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在家可做,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在家也能,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '手机就能,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '手机就可以,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有手机就,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '给你,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可达,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '高达,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '能拿,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可以拿,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '能赚,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可以赚,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '搞个,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '月工资,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '月综合工资,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
