-- Characters written for others in group-chat spam and insults: emoji for the word they stand for
-- (自🦌 for 自撸, 骚母🐶 for 骚母狗), 亖 for 死 (你妈亖了) and × for x (傻×). Appended as a new version
-- of the characters file of a database seeded before them; a character compliance already maps to
-- something is left as it is (a character listed twice makes the table invalid). A new database
-- seeds the shipped file, which lists them. Flowers (🌸 🌹) stay unmapped: spam puts them between
-- letters as separators (加🌹微🌹信) far more often than it writes them for 花.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '🐶,' IN CHR(10) || content) = 0 THEN CHR(10) || '🐶,狗,emoji' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '🦌,' IN CHR(10) || content) = 0 THEN CHR(10) || '🦌,撸,emoji' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '亖,' IN CHR(10) || content) = 0 THEN CHR(10) || '亖,死,lookalike' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '×,' IN CHR(10) || content) = 0 THEN CHR(10) || '×,x,lookalike' ELSE '' END,
       'system',
       'characters for words (🐶 狗, 🦌 撸, 亖 死, × x)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '🐶,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '🦌,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '亖,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '×,' IN CHR(10) || content) = 0);
