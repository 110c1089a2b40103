-- Lewd slang and sexual solicitation the ChineseHarm-Bench dev half and reserve missed (issue 17).
-- The new kinds sex-object (a person named as a sexual object, an animal or a lewd word: 母狗, 女狗, 贱狗, 亩勾,
-- 涩涩) and object-ask (an ask to the reader as the one named: 加爸爸, 加主人, 自己加, 来找我, 加个好友) are a
-- solicitation written right against each other (小母狗自己加爸爸, 母狗来聊, 涩涩加我); a dog's seller's
-- 要小母狗的私我 and a pet owner's 母狗加点钙片 stay clean, and 来找我家 is everyday (一只母狗来找我家狗玩).
-- And the everyday phrases that hold a word-list term of this release (porn.csv): 出自录音 and 出自录像 (出自录),
-- 聊色号 and 聊色彩 (聊色), 辉煌片 and 敦煌片 (煌片), 卡泡水 and 卡泡汤 (卡泡).
-- A row already written is not added twice. The cue file gets one new version, appended to its latest;
-- a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '母狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '母狗,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '亩勾,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '亩勾,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '木勾,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '木勾,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '母勾,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '母勾,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'mu狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'mu狗,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '女狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '女狗,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '贱狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '贱狗,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '涩涩,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '涩涩,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '瑟瑟,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '瑟瑟,sex-object' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加我,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加我,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加你,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加你,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加爸爸,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加爸爸,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加主人,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加主人,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加个好友,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加个好友,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加好友,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加好友,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来找我,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '来找我,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来聊,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '来聊,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '自己加,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '自己加,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '求加,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '求加,object-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来找我家,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '来找我家,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出自录音,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出自录音,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出自录像,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出自录像,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出自录影,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出自录影,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出自录取,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出自录取,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出自录制,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出自录制,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '辉煌片,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '辉煌片,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '敦煌片,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '敦煌片,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '聊色号,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '聊色号,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '聊色彩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '聊色彩,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '聊色系,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '聊色系,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '聊色调,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '聊色调,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '聊色差,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '聊色差,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '聊色素,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '聊色素,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '卡泡水,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '卡泡水,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '卡泡汤,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '卡泡汤,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '卡泡沫,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '卡泡沫,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '卡泡泡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '卡泡泡,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '卡泡面,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '卡泡面,everyday' ELSE '' END,
       'system',
       '母狗, 女狗, 贱狗, 亩勾, 涩涩… (sex-object); 加爸爸, 加主人, 自己加, 来找我… (object-ask); 来找我家, 出自录音, 聊色号, 辉煌片, 卡泡水… (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '母狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '亩勾,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '木勾,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '母勾,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'mu狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '女狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '贱狗,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '涩涩,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '瑟瑟,sex-object' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加我,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加你,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加爸爸,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加主人,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加个好友,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加好友,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '来找我,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '来聊,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '自己加,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '求加,object-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '来找我家,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出自录音,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出自录像,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出自录影,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出自录取,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出自录制,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '辉煌片,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '敦煌片,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '聊色号,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '聊色彩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '聊色系,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '聊色调,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '聊色差,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '聊色素,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '卡泡水,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '卡泡汤,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '卡泡沫,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '卡泡泡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '卡泡面,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
