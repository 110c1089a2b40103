-- Investment-fraud pitches and ransom demands the moderation still missed on the TeleAntiFraud
-- dev half (issue 17): the return cues, each with its period (年化收益 a year, 月收益 a month, 日收益
-- a day) or none (收益, 回报), and the promise words the promised-return detector reads (高达, 可以达到,
-- 以上); the hostage claims (在我手上, 被绑架, 扣住了) and the demands (赎金, 不要报警, 后果自负, 一笔钱)
-- the ransom detector pairs. A row already written is not added twice.
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
       || CASE WHEN POSITION(CHR(10) || '以上,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '以上,return-promise' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在我手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在我手上,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在我们手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在我们手上,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在我手里,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在我手里,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在我们手里,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在我们手里,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被我们控制,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被我们控制,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被我控制,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被我控制,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '控制住了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '控制住了,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被绑架,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '绑架了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '绑架了,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被绑了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被绑了,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '扣住了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扣住了,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被扣住,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被扣住,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在我的手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在我的手上,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在我们的手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在我们的手上,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被控制在,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被控制在,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '掌握在我们手里,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '掌握在我们手里,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被人带走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被人带走,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '的人带走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '的人带走,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赎金,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '赎金,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赎人,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '赎人,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '撕票,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '撕票,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要报警,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别报警,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '敢报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '敢报警,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不许报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不许报警,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不准报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不准报警,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '后果自负,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '后果自负,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一笔钱,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一笔钱,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '转账,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '转账,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '汇款,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '汇款,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '打钱,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '打钱,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现金,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现金,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '放人,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '放人,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '下狠手,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '下狠手,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '按照我们的要求,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '按照我们的要求,ransom' ELSE '' END,
       'system',
       '年化收益, 月收益, 日收益, 收益, 回报 (returns); 高达, 可以达到, 以上 (promises); 在我手上, 被绑架 (hostage); 赎金, 不要报警, 一笔钱 (ransom)',
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
       OR POSITION(CHR(10) || '以上,return-promise' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在我手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在我们手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在我手里,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在我们手里,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被我们控制,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被我控制,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '控制住了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '绑架了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被绑了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '扣住了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被扣住,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在我的手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在我们的手上,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被控制在,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '掌握在我们手里,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被人带走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '的人带走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '赎金,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '赎人,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '撕票,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '别报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '敢报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不许报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不准报警,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '后果自负,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一笔钱,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '转账,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '汇款,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '打钱,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现金,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '放人,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '下狠手,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '按照我们的要求,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
