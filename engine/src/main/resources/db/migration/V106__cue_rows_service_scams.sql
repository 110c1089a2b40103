-- Customer-service, phishing, identity-theft and lottery scripts the moderation still missed on the
-- TeleAntiFraud dev half (issue 17). The impersonation detector reads more bodies a caller claims to
-- speak for (邮政, 信息安全中心, 信息管理中心) and more asks that no real shop makes (交易密码,
-- 银行卡密码, 账号和密码, 屏幕共享, a card's security code, the last digits of an id or a card); the
-- account-alert detector more risks said to be on the reader's account (存在安全风险, 存在安全问题,
-- 非法访问, 可疑的操作, 异常消费) and more asks to verify with the caller (身份核实, 账户核对, 配合验证); the prize-claim
-- detector the lottery centres that never tell anyone they won (prize-caller: 彩票中心, 彩票管理中心,
-- 福彩中心), a prize announced right after a caller introduces themselves as one; and all of them
-- the questions of a member who quotes a call or a text and asks whether it is real (fraud-warning:
-- 是真的吗, 真的假的, 是诈骗吗, 是骗人的吗). A row already
-- written is not added twice. The cue file gets one new version, appended to its latest; a new
-- database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '邮政,authority' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '邮政,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '信息安全中心,authority' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '信息安全中心,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '信息管理中心,authority' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '信息管理中心,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '交易密码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '交易密码,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡密码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行卡密码,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '账号和密码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '账号和密码,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '屏幕共享,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '屏幕共享,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '共享屏幕,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '共享屏幕,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '后三位安全码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '后三位安全码,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '背面的安全码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '背面的安全码,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份证后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '身份证后四位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份证后六位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '身份证后六位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份证的后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '身份证的后四位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行卡后四位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡的最后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行卡的最后四位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '信用卡后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '信用卡后四位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '信用卡的最后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '信用卡的最后四位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '卡号后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '卡号后四位,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '存在安全风险,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '存在安全风险,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '存在安全问题,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '存在安全问题,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '非法访问,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '非法访问,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可疑的操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可疑的操作,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可疑操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可疑操作,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '异常消费,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '异常消费,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '身份核实,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '账户核对,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '账户核对,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配合验证,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配合验证,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '彩票中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '彩票中心,prize-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '彩票管理中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '彩票管理中心,prize-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '彩票发行中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '彩票发行中心,prize-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '福彩中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '福彩中心,prize-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '体彩中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '体彩中心,prize-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是真的吗,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是真的吗,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '真的假的,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '真的假的,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是诈骗吗,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是诈骗吗,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗人的吗,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗人的吗,fraud-warning' ELSE '' END,
       'system',
       'the customer-service, phishing, identity-theft and lottery rows of the impersonation, account-alert and prize-claim detectors',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '邮政,authority' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '信息安全中心,authority' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '信息管理中心,authority' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '交易密码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行卡密码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '账号和密码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '屏幕共享,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '共享屏幕,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '后三位安全码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '背面的安全码,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '身份证后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '身份证后六位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '身份证的后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行卡后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行卡的最后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '信用卡后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '信用卡的最后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '卡号后四位,fraud-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '存在安全风险,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '存在安全问题,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '非法访问,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可疑的操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可疑操作,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '异常消费,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '身份核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '账户核对,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配合验证,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '彩票中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '彩票管理中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '彩票发行中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '福彩中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '体彩中心,prize-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是真的吗,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '真的假的,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是诈骗吗,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗人的吗,fraud-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
