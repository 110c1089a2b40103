-- New cue rows for the variant data of databases seeded before them, the cues file published again
-- as a new version with the rows it lacks appended (the history keeps the one before; a row
-- compliance already wrote is not added twice). A new database has no variant files yet: the
-- shipped one, which lists these rows, seeds version 1 on the first start.
--
-- Someone posing as an official who asks for an id, a code or money (这里是某宝客服中心……请提供
-- 您的身份证号码): the words that introduce a speaker (self-intro), the bodies a fraudster borrows
-- the name of (authority), what such a caller asks for (fraud-ask), the warnings against fraud
-- that make a message a warning rather than an impersonation (fraud-warning), and everyday phrases
-- holding an ask (垃圾处理费).
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '我是,self-intro' IN CHR(10) || content) = 0 THEN CHR(10) || '我是,self-intro' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '这里是,self-intro' IN CHR(10) || content) = 0 THEN CHR(10) || '这里是,self-intro' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我们是,self-intro' IN CHR(10) || content) = 0 THEN CHR(10) || '我们是,self-intro' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '本人是,self-intro' IN CHR(10) || content) = 0 THEN CHR(10) || '本人是,self-intro' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我这边是,self-intro' IN CHR(10) || content) = 0 THEN CHR(10) || '我这边是,self-intro' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我们这边是,self-intro' IN CHR(10) || content) = 0 THEN CHR(10) || '我们这边是,self-intro' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '客服,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '客服,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '银行,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '公安,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '公安,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '警官,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '警官,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '警察,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '警察,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '派出所,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '派出所,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '海关,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '海关,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快递,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '快递,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '物流,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '物流,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '法院,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '法院,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '检察院,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '检察院,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '社保,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '社保,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '医保,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '医保,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '税务,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '税务,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '工作人员,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '工作人员,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '彩票,authority' IN CHR(10) || content) = 0 THEN CHR(10) || '彩票,authority' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '安全账户,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '安全账户,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '验证码,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '验证码,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份证号,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '身份证号,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份证信息,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '身份证信息,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡号,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '银行卡号,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡信息,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '银行卡信息,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '转账,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '转账,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '汇款,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '汇款,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '罚款,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '罚款,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '保证金,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '保证金,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '解冻,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '解冻,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赎金,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '赎金,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '税费,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '税费,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '身份信息,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '身份信息,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '信用卡号,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '信用卡号,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '处理费,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '处理费,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '清关费,fraud-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '清关费,fraud-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '防骗,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '防骗,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '谨防,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '谨防,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '冒充,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '冒充,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '骗子,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '骗子,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别信,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '别信,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要相信,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '不要相信,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '切勿,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '切勿,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不会索要,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '不会索要,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不会向您索要,fraud-warning' IN CHR(10) || content) = 0 THEN CHR(10) || '不会向您索要,fraud-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '垃圾处理费,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '垃圾处理费,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '污水处理费,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '污水处理费,everyday' ELSE '' END,
       'system',
       'impersonation (self-intro, authority, fraud-ask, fraud-warning, everyday phrases)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '我是,self-intro' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '这里是,self-intro' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '我们是,self-intro' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '本人是,self-intro' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '我这边是,self-intro' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '我们这边是,self-intro' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '客服,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '银行,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '公安,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '警官,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '警察,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '派出所,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '海关,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '快递,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '物流,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '法院,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '检察院,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '社保,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '医保,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '税务,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '工作人员,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '彩票,authority' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '安全账户,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '验证码,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '身份证号,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '身份证信息,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '银行卡号,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '银行卡信息,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '转账,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '汇款,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '罚款,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '保证金,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '解冻,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '赎金,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '税费,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '身份信息,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '信用卡号,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '处理费,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '清关费,fraud-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '防骗,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '谨防,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '冒充,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '骗子,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '别信,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '不要相信,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '切勿,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '不会索要,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '不会向您索要,fraud-warning' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '垃圾处理费,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '污水处理费,everyday' IN CHR(10) || content) = 0);
