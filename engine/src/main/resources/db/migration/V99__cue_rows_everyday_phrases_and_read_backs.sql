-- Everyday phrases that hold a word-list term or a cue which is none there, read from the false
-- positives on the TeleAntiFraud dev half (issue 17): 妈妈的 (the 妈的 of 妈妈的手艺),
-- 网堵塞 (过滤网堵塞 reads 网赌 as 堵 stands for 赌), 电话联系我们 (a business's "call us", as 联系我们
-- is) and 收银 (the 收 of 收银台 buys nothing); and the read-back phrases before a phone number
-- that is the reader's own (您的联系电话是 13800138000, 确认短信发送到 13800138000), from the same
-- false positives. A row already written is not added twice.
-- The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '妈妈的,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '妈妈的,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '网堵塞,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '网堵塞,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '电话联系我们,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '电话联系我们,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '收银,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '收银,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的联系电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的联系电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的电话号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的电话号码,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的手机,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的手机,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的手机号,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的手机号,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的手机号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的手机号码,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的号码,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '确认短信到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '确认短信到,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '确认短信发送到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '确认短信发送到,read-back' ELSE '' END,
       'system',
       '妈妈的, 网堵塞, 电话联系我们, 收银 (everyday); 您的联系电话, 确认短信发送到… (read-back)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '妈妈的,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '网堵塞,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '电话联系我们,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '收银,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的联系电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的电话号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的手机,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的手机号,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的手机号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的号码,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '确认短信到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '确认短信发送到,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
