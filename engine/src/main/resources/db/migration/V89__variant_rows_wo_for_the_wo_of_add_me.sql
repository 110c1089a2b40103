-- 佳窝, 嘉窝 and 家莪 for 加我 (add me), in the dev half of the ChineseHarm-Bench sample: 窝 (wō) is
-- 我 (wǒ) in another tone, which sound matching keeps apart, and 莪 is a look-alike of 我. Mapped
-- to 我, 佳窝 abc_123 is 加我 abc_123 and 家莪 3179238 sounds like 加我 3179238. Appended as one new
-- version of the characters file of a database seeded before them; a character compliance already
-- maps is left as it is. A new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '窝,' IN CHR(10) || content) = 0 THEN CHR(10) || '窝,我,homophone' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '莪,' IN CHR(10) || content) = 0 THEN CHR(10) || '莪,我,lookalike' ELSE '' END,
       'system',
       '窝 and 莪 for 我 (佳窝, 家莪 for 加我)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '窝,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '莪,' IN CHR(10) || content) = 0);
