-- Insults on the reader's brain and upbringing (issue 17, the ChineseHarm-Bench reserve's 谩骂引战): 没家教, 没脑子,
-- 脑子有问题, 脑子进水, 脑袋没发育, 脑子没发育, 没爹妈教 and 没妈教 as insult words, counted only after a phrase naming
-- the reader (你是不是脑子有问题, 你真没家教), so a parent's 孩子没家教怎么办 stays clean; 你爹呢 as a reader-mother row
-- (吊你爹呢), with children playing house (我装你爹, 假装你爹) as everyday phrases. A row already written is not
-- added twice.
-- Characters: the emoji 🐴 and 🐎 written for 马, as curses on the reader's mother spell her (处你🐎呢), so the curse
-- meets its reader-mother row as 处你马呢 does. A character compliance already maps is left as it is.
-- Each file gets one new version, appended to its latest; a new database seeds the shipped files, which list them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '没家教,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没家教,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没脑子,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没脑子,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '脑子有问题,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '脑子有问题,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '脑子进水,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '脑子进水,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '脑袋没发育,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '脑袋没发育,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '脑子没发育,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '脑子没发育,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没爹妈教,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没爹妈教,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没妈教,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没妈教,insult' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你爹呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你爹呢,reader-mother' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我装你爹,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我装你爹,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '假装你爹,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '假装你爹,everyday' ELSE '' END,
       'system',
       '没家教, 没脑子, 脑子有问题, 脑子进水, 脑袋没发育, 脑子没发育, 没爹妈教, 没妈教 (insult); 你爹呢 (reader-mother); 我装你爹, 假装你爹 (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '没家教,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没脑子,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '脑子有问题,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '脑子进水,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '脑袋没发育,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '脑子没发育,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没爹妈教,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没妈教,insult' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你爹呢,reader-mother' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我装你爹,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '假装你爹,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);

INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '🐴,' IN CHR(10) || content) = 0 THEN CHR(10) || '🐴,马,emoji' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '🐎,' IN CHR(10) || content) = 0 THEN CHR(10) || '🐎,马,emoji' ELSE '' END,
       'system',
       '🐴 and 🐎 for 马',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '🐴,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '🐎,' IN CHR(10) || content) = 0);
