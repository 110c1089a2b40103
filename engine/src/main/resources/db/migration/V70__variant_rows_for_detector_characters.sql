-- The detectors read single characters, which do not match by sound as word-list terms do: 佳
-- (jiā, as 加) before an account id (佳LP44LP), 典 (diǎn, as 点) between a name and a top-level
-- domain (258ds典top), and 㣲, a look-alike of 微 (+㣲:k73448), all in the dev half of the
-- ChineseHarm-Bench sample. Appended as one new version of the characters file of a database
-- seeded before them; a character compliance already maps is left as it is. A new database seeds
-- the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '佳,' IN CHR(10) || content) = 0 THEN CHR(10) || '佳,加,homophone' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '典,' IN CHR(10) || content) = 0 THEN CHR(10) || '典,点,homophone' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '㣲,' IN CHR(10) || content) = 0 THEN CHR(10) || '㣲,微,lookalike' ELSE '' END,
       'system',
       '佳 for 加, 典 for 点, 㣲 for 微: characters the detectors read',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '佳,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '典,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '㣲,' IN CHR(10) || content) = 0);
