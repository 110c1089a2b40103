-- Private sales the moderation still let through (issue 17, session 31): a private-chat ask as a
-- message's last word (the bare 私 of 需要的私, 便宜出，私; words ending in 私 such as 自私 and 隐私 stay
-- everyday), goods offered as 转让, 便宜出 or 代购, and prices written as 原价300, 39一盒 or 5折. Also
-- everyday phrases for a member speaking of someone else: 我找我妈要了80元, 我加我老公的卡, 有人加我; and a member
-- asking about a loan (这家银行贷款不看征信吗？, 他说不看征信), which the shipped fraud term 不看征信 removed at once.
-- And the names of platform accounts as contact cues (抖音号：xiaomei520, 快手号 km88888), so an account
-- written after one is a contact id. A row already written is not added twice. The cue file gets
-- one new version, appended to its latest; a new database seeds the shipped file, which lists
-- them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '抖音号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '抖音号,contact' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快手号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '快手号,contact' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小红书号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '小红书号,contact' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'dy号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'dy号,contact' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'ks号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'ks号,contact' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '转让,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '转让,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '便宜出,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '便宜出,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '代购,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '代购,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '折,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '折,price-unit' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '原价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '原价,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现价,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '特价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '特价,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '售价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '售价,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一盒,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一盒,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一套,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一套,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一件,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一件,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一瓶,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一瓶,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '自私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '自私,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '无私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '无私,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '隐私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '隐私,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '走私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '走私,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '公私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '公私,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '营私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '营私,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '徇私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '徇私,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我找我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我找我,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我加我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我加我,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有人加我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有人加我,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有人找我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有人找我,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不看征信吗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不看征信吗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不看征信的吗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不看征信的吗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '说不看征信,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '说不看征信,everyday' ELSE '' END,
       'system',
       'private sales: a closing 私, goods for sale, prices by the box or the discount, platform accounts, everyday phrases',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '抖音号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '快手号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '小红书号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'dy号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'ks号,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '转让,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '便宜出,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '代购,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '折,price-unit' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '原价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '特价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '售价,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一盒,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一套,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一件,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一瓶,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '自私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '无私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '隐私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '走私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '公私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '营私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '徇私,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我找我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我加我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有人加我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有人找我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不看征信吗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不看征信的吗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '说不看征信,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
