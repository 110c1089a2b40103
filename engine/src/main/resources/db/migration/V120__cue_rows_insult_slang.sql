-- Insults spelt in slang found on ChineseHarm-Bench's dev half and reserve (issue 17, insults and flame-baiting).
-- One more phrase naming the reader (你是不是: 你是不是贱) and insults after one that the reader-insult detector
-- lacked (贱, 货色, 野种, 怂逼, 穷逼, 若智, 没教养: 你真够贱的, 就你这种货色, 你就是怂逼), with the everyday phrases
-- that hold one (贱卖, 贱价, 货色泽, 野种子, 若智能; 你是不是把, 你是不是被…: 你是不是把垃圾带下去了 asks, it calls no one rubbish), and a fan's 脑残粉 (我是他的脑残粉), which holds the word-list term
-- 脑残. The new kinds curse-verb (装, 吊, 处, 酸) and reader-mother (你妈呢, 你马笔, 你亩去) make a curse on the reader's
-- mother when written side by side (装你妈呢, 吊你亩去), with a child's role-play (我装你妈, 假装你妈) as an everyday
-- phrase. A row already written is not added twice. The cue file gets one new version, appended to its latest; a new
-- database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '你是不是,at-reader' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你是不是,at-reader' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '贱,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '贱,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '货色,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '货色,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '野种,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '野种,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '怂逼,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '怂逼,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '穷逼,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '穷逼,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '若智,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '若智,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没教养,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没教养,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '贱卖,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '贱卖,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '贱价,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '贱价,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '货色泽,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '货色泽,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '野种子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '野种子,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '若智能,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '若智能,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '脑残粉,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '脑残粉,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你是不是把,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你是不是把,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你是不是被,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你是不是被,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你是不是在,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你是不是在,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你是不是给,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你是不是给,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你是不是去,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你是不是去,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '装,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '装,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '吊,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '吊,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '处,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '处,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '酸,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '酸,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '贱,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '贱,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滚,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '滚,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '草,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '草,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '艹,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '艹,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '干,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '干,curse-verb' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你妈呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你妈呢,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你妈啊,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你妈啊,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你妈呀,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你妈呀,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你妈去,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你妈去,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你妈鼻,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你妈鼻,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你妈笔,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你妈笔,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你妈币,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你妈币,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你马呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你马呢,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你马啊,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你马啊,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你马笔,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你马笔,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你马币,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你马币,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你马鼻,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你马鼻,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你玛呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你玛呢,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你m呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你m呢,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你亩呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你亩呢,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你亩去,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你亩去,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你亩吗,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你亩吗,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你亩啊,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你亩啊,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'nm呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'nm呢,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我装你妈,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我装你妈,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '假装你妈,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '假装你妈,everyday' ELSE '' END,
       'system',
       '你是不是 (at-reader); 贱, 货色, 野种, 怂逼, 穷逼, 若智, 没教养 (insult); 装, 吊, 处, 酸… (curse-verb); 你妈呢, 你马笔, 你亩去… (reader-mother); 贱卖, 货色泽, 脑残粉, 我装你妈… (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '你是不是,at-reader' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '贱,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '货色,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '野种,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '怂逼,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '穷逼,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '若智,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没教养,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '贱卖,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '贱价,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '货色泽,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '野种子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '若智能,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '脑残粉,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你是不是把,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你是不是被,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你是不是在,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你是不是给,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你是不是去,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '装,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '吊,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '处,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '酸,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '贱,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '滚,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '草,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '艹,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '干,curse-verb' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你妈呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你妈啊,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你妈呀,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你妈去,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你妈鼻,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你妈笔,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你妈币,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你马呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你马啊,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你马笔,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你马币,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你马鼻,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你玛呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你m呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你亩呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你亩去,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你亩吗,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你亩啊,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'nm呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我装你妈,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '假装你妈,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
