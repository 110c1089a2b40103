-- Insults spelt in slang found on ChineseHarm-Bench's dev half and reserve (issue 17, insults and flame-baiting).
-- One more phrase naming the reader (你是不是: 你是不是贱) and insults after one that the reader-insult detector
-- lacked (贱, 货色, 野种, 怂逼, 穷逼, 若智, 没教养: 你真够贱的, 就你这种货色, 你就是怂逼), with the everyday phrases
-- that hold one (贱卖, 贱价, 货色泽, 野种子, 若智能), and a fan's 脑残粉 (我是他的脑残粉), which holds the word-list term
-- 脑残. A row already written is not added twice. The cue file gets one
-- new version, appended to its latest; a new database seeds the shipped file, which lists them.
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
       || CASE WHEN POSITION(CHR(10) || '脑残粉,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '脑残粉,everyday' ELSE '' END,
       'system',
       '你是不是 (at-reader); 贱, 货色, 野种, 怂逼, 穷逼, 若智, 没教养 (insult); 贱卖, 贱价, 货色泽, 野种子, 若智能, 脑残粉 (everyday)',
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
       OR POSITION(CHR(10) || '脑残粉,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
