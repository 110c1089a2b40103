-- Read-backs and everyday phrases found on TeleAntiFraud's reserve (issue 17, session 33): a service
-- call that says where a confirmation goes (确认信息发送到, 您提供的手机号) or which number it will
-- reach the customer on, said before what it is for (13812345678联系您, …与您确认, as read-backs right
-- after the number), the customer's own WeChat id read back (您的微信号), an agent handling a fee for
-- the customer (为您处理费用), a warning not to click a link (不要点击链接) and the customer's own project
-- (您的项目). A row already written is not added twice. The cue file gets one new version, appended to its
-- latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '确认信息到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '确认信息到,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '确认信息发送到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '确认信息发送到,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您提供的手机号,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您提供的手机号,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您提供的手机号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您提供的手机号码,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您提供的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您提供的电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您提供的电话号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您提供的电话号码,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您提供的联系电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您提供的联系电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您提供的号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您提供的号码,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的微信号,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的微信号,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '联系您,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '联系您,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '与您联系,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '与您联系,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '与您确认,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '与您确认,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '和您联系,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '和您联系,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '和您确认,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '和您确认,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '为您处理费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '为您处理费用,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮您处理费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '帮您处理费用,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要点击链接,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别点击链接,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '请勿点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '请勿点击链接,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '切勿点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '切勿点击链接,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的项目,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的项目,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你的项目,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你的项目,everyday' ELSE '' END,
       'system',
       '确认信息到, 您提供的手机号…, 您的微信号, 联系您, 与您确认… (read-back); 为您处理费用, 不要点击链接, 您的项目… (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '确认信息到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '确认信息发送到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您提供的手机号,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您提供的手机号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您提供的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您提供的电话号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您提供的联系电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您提供的号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的微信号,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '联系您,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '与您联系,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '与您确认,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '和您联系,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '和您确认,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '为您处理费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '帮您处理费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '别点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '请勿点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '切勿点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的项目,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你的项目,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
