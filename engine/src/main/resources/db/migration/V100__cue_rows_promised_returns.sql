-- Investment-fraud pitches the moderation still missed on the TeleAntiFraud dev half (issue 17):
-- the return cues, each with its period (年化收益 a year, 月收益 a month, 日收益 a day) or none (收益,
-- 回报), and the promise words the promised-return detector reads (高达, 可以达到, 以上). A row
-- already written is not added twice.
-- The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '年化收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '年化收益,return-per-year' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '年化回报,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '年化回报,return-per-year' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '年收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '年收益,return-per-year' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '年回报,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '年回报,return-per-year' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '年均收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '年均收益,return-per-year' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '每年收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '每年收益,return-per-year' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '月收益,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '月收益,return-per-month' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '月回报,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '月回报,return-per-month' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '月化收益,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '月化收益,return-per-month' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '每月收益,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '每月收益,return-per-month' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '日收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '日收益,return-per-day' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '日回报,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '日回报,return-per-day' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '日化收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '日化收益,return-per-day' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '每日收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '每日收益,return-per-day' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '每天收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '每天收益,return-per-day' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '收益,return' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '收益,return' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '回报,return' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '回报,return' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '高达,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '高达,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可以达到,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可以达到,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '能达到,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '能达到,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '能够达到,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '能够达到,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可达,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可达,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '至少,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '至少,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '保证,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '保证,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '保底,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '保底,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '稳定在,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '稳定在,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '以上,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '以上,return-promise' ELSE '' END,
       'system',
       '年化收益, 月收益, 日收益, 收益, 回报 (returns); 高达, 可以达到, 以上 (promises)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '年化收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '年化回报,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '年收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '年回报,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '年均收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '每年收益,return-per-year' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '月收益,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '月回报,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '月化收益,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '每月收益,return-per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '日收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '日回报,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '日化收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '每日收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '每天收益,return-per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '收益,return' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '回报,return' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '高达,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可以达到,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '能达到,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '能够达到,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可达,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '至少,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '保证,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '保底,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '稳定在,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '以上,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
