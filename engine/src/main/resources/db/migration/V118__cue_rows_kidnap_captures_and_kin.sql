-- Kidnapping scripts found on TeleAntiFraud's reserve (issue 17, session 33). The new kind capture, a verb of
-- holding someone (控制, 扣押, 绑架, 带走), is a hostage claim in the passive (被一些不良分子控制了). The new
-- kinds plain-money (一笔钱, 转账, 现金: money alone), demand (要求, 要您, 叫你) and kin (儿子, 家人, 朋友, the
-- reader's after 你 or 您) let a claim with money alone count only when the money is asked of someone or the
-- reader's relative is named, so 血糖终于被控制住了，花了一笔钱看病 is no ransom; threats the ransom rows lacked
-- (后果不堪设想, 对他下手, 伤害他) with 伤害他人 everyday. A row already written is not added twice. The cue
-- file gets one new version, appended to its latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '控制,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '控制,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '扣押,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扣押,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '扣留,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扣留,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '扣住,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扣住,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '扣下,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扣下,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '绑架,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '绑架,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '绑走,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '绑走,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '绑了,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '绑了,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '抓走,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '抓走,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带走,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带走,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '围住,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '围住,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '关押,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '关押,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '关起来,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '关起来,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '囚禁,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '囚禁,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '劫持,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '劫持,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '挟持,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '挟持,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '拘禁,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '拘禁,capture' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '后果不堪设想,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '后果不堪设想,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对他下手,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对他下手,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对她下手,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对她下手,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一笔钱,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一笔钱,plain-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '转账,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '转账,plain-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '汇款,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '汇款,plain-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '打钱,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '打钱,plain-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现金,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现金,plain-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '要求,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '要求,demand' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '要您,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '要您,demand' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '要你,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '要你,demand' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '叫你,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '叫你,demand' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '叫您,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '叫您,demand' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '让你,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '让你,demand' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '让您,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '让您,demand' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '伤害他,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '伤害他,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '伤害她,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '伤害她,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '伤害他人,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '伤害他人,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '儿子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '儿子,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '女儿,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '女儿,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '孩子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '孩子,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '家人,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '家人,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '亲人,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '亲人,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '家属,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '家属,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '老公,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '老公,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '丈夫,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '丈夫,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '老婆,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '老婆,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '妻子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '妻子,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '爸爸,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '爸爸,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '妈妈,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '妈妈,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '父亲,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '父亲,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '母亲,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '母亲,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '爷爷,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '爷爷,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '奶奶,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '奶奶,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '外公,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '外公,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '外婆,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '外婆,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '孙子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '孙子,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '孙女,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '孙女,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '弟弟,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '弟弟,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '妹妹,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '妹妹,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '哥哥,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '哥哥,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '姐姐,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '姐姐,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '侄子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '侄子,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '侄女,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '侄女,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '外甥,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '外甥,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '朋友,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '朋友,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '亲戚,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '亲戚,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '同事,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '同事,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '同学,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '同学,kin' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '邻居,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '邻居,kin' ELSE '' END,
       'system',
       '控制, 扣押, 绑架… (capture); 一笔钱, 转账… (plain-money); 要求, 要您… (demand); 儿子, 家人… (kin); 后果不堪设想, 对他下手, 伤害他 (ransom); 伤害他人 (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '控制,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '扣押,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '扣留,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '扣住,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '扣下,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '绑架,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '绑走,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '绑了,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '抓走,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带走,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '围住,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '关押,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '关起来,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '囚禁,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '劫持,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '挟持,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '拘禁,capture' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '后果不堪设想,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对他下手,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对她下手,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一笔钱,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '转账,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '汇款,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '打钱,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现金,plain-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '要求,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '要您,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '要你,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '叫你,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '叫您,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '让你,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '让您,demand' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '伤害他,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '伤害她,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '伤害他人,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '儿子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '女儿,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '孩子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '家人,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '亲人,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '家属,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '老公,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '丈夫,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '老婆,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '妻子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '爸爸,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '妈妈,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '父亲,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '母亲,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '爷爷,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '奶奶,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '外公,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '外婆,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '孙子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '孙女,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '弟弟,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '妹妹,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '哥哥,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '姐姐,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '侄子,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '侄女,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '外甥,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '朋友,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '亲戚,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '同事,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '同学,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '邻居,kin' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
