-- Customer-service talk the moderation flagged on TeleAntiFraud's dev half (issue 17): staff reading
-- out the number of whoever a service sends the customer (司机电话是 13800138000, 骑手电话) or the one
-- it will call them on (我们会通过电话 13812345678 与您联系), read-back phrases as 您的联系电话 is
-- (V99); the reader-details phrases that say a sentence reads the customer's own details back
-- (您的送餐地址是中山路123号，联系电话是 13800138000; 订单已确认, 信息是否正确), so a phone number
-- later in it is theirs; and 可以点击链接 (a shop's 您可以点击链接下单), an everyday phrase holding the
-- listed 点击链接; and 转账速度 (a bank describing 更快的转账速度 asks for no transfer). A row already
-- written is not added twice.
-- The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '司机电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '司机电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '司机的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '司机的电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '师傅电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '师傅电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '师傅的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '师傅的电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '骑手电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '骑手电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '骑手的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '骑手的电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配送员电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配送员电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配送员的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配送员的电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快递员电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '快递员电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快递员的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '快递员的电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '会通过电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '会通过电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '将通过电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '将通过电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '稍后通过电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '稍后通过电话,read-back' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '送餐地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '送餐地址,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '收货地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '收货地址,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '送货地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '送货地址,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配送地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配送地址,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的地址,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的姓名,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的姓名,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的预约信息,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的预约信息,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '预约已成功,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '预约已成功,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '订单已确认,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '订单已确认,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '订单将送到,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '订单将送到,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '信息是否正确,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '信息是否正确,reader-details' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可以点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可以点击链接,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '转账速度,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '转账速度,everyday' ELSE '' END,
       'system',
       '司机电话, 骑手电话, 会通过电话… (read-back); 送餐地址, 您的地址, 订单已确认… (reader-details); 可以点击链接, 转账速度 (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '司机电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '司机的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '师傅电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '师傅的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '骑手电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '骑手的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配送员电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配送员的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '快递员电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '快递员的电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '会通过电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '将通过电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '稍后通过电话,read-back' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '送餐地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '收货地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '送货地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配送地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的地址,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的姓名,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的预约信息,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '预约已成功,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '订单已确认,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '订单将送到,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '信息是否正确,reader-details' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可以点击链接,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '转账速度,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
