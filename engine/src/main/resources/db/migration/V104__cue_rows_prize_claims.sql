-- Prize scams the moderation still missed on the TeleAntiFraud dev half (issue 17, session 31):
-- 恭喜您中了…大奖…奖金高达N万元, then a fee, tax or the reader's details asked before it is paid out.
-- The prize-claim detector reads the words that tell the reader they won (恭喜您, 您中了, 被抽中), the
-- prizes right after them (大奖, 等奖, 奖金) and the asks (手续费, 税费, 身份证号, 联系方式, 领奖请加).
-- A row already written is not added twice. The cue file gets one new version, appended to its
-- latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '恭喜您,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '恭喜您,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '恭喜你,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '恭喜你,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您中了,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您中了,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你中了,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你中了,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您中得,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您中得,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你中得,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你中得,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被抽中,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被抽中,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '随机抽中,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '随机抽中,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '随机选中,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '随机选中,prize-won' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '大奖,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '大奖,prize' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '等奖,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '等奖,prize' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '奖金,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '奖金,prize' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '奖品,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '奖品,prize' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '手续费,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '手续费,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '税费,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '税费,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '个人所得税,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '个人所得税,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '保证金,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '保证金,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份证号,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '身份证号,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份证信息,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '身份证信息,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行账号,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行账号,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡号,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行卡号,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行账户,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行账户,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '姓名和,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '姓名和,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '联系方式,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '联系方式,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '联系电话,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '联系电话,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '手机号码,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '手机号码,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '个人信息,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '个人信息,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '基本信息,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '基本信息,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '领奖请加,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '领奖请加,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '领取请加,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '领取请加,prize-ask' ELSE '' END,
       'system',
       'the prize announcements, prizes and asks of the prize-claim detector',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '恭喜您,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '恭喜你,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您中了,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你中了,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您中得,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你中得,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被抽中,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '随机抽中,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '随机选中,prize-won' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '大奖,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '等奖,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '奖金,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '奖品,prize' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '手续费,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '税费,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '个人所得税,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '保证金,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '身份证号,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '身份证信息,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行账号,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行卡号,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行账户,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '姓名和,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '联系方式,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '联系电话,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '手机号码,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '个人信息,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '基本信息,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '领奖请加,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '领取请加,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
