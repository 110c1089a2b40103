-- Prize scams and account alerts the moderation still missed on the TeleAntiFraud dev half (issue
-- 17, session 31). The prize-claim detector reads the words that tell the reader they won (恭喜您,
-- 您中了, 被抽中), the prizes right after them (大奖, 等奖, 奖金) and what the scam asks before paying
-- out (手续费, 税费, 身份证号, 联系方式, 领奖请加); the account-alert detector the reader's own account
-- (您的账户, 您的银行卡), an alert on it (异常交易, 异常活动, 非法操作) and an ask to verify with the
-- caller (配合核实, 身份验证, 后四位). A row already written is not added twice. The cue file gets one
-- new version, appended to its latest; a new database seeds the shipped file, which lists them.
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
       || CASE WHEN POSITION(CHR(10) || '领取请加,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '领取请加,prize-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的账户,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的账户,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的账号,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的账号,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的银行卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的银行卡,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的银行账户,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的银行账户,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的信用卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的信用卡,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你的账户,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你的账户,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你的账号,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你的账号,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你的银行卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你的银行卡,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你的信用卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你的信用卡,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '异常交易,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '异常交易,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '异常活动,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '异常活动,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '异常操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '异常操作,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '非法交易,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '非法交易,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '非法操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '非法操作,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '非法使用,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '非法使用,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配合核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配合核实,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '进行核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '进行核实,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一次核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一次核实,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '与您核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '与您核实,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '核实一些信息,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '核实一些信息,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '核实您的身份,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '核实您的身份,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '验证您的身份,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '验证您的身份,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份验证,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '身份验证,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '安全验证,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '安全验证,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '后四位,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '后四位,verify-ask' ELSE '' END,
       'system',
       'the rows of the prize-claim and account-alert detectors',
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
       OR POSITION(CHR(10) || '领取请加,prize-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的账户,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的账号,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的银行卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的银行账户,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的信用卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你的账户,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你的账号,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你的银行卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你的信用卡,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '异常交易,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '异常活动,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '异常操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '非法交易,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '非法操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '非法使用,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配合核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '进行核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一次核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '与您核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '核实一些信息,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '核实您的身份,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '验证您的身份,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '身份验证,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '安全验证,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '后四位,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
