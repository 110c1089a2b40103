-- New cue rows for the variant data of databases seeded before them, the cues file published again
-- as a new version with the rows it lacks appended (the history keeps the one before; a row
-- compliance already wrote is not added twice). A new database has no variant files yet: the
-- shipped one, which lists these rows, seeds version 1 on the first start.
--
-- Accounts written with @, as Telegram's are (tg：@abc123, 飞机：@abc_123): the words that
-- introduce one (handle).
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || 'tg,handle' IN CHR(10) || content) = 0 THEN CHR(10) || 'tg,handle' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'telegram,handle' IN CHR(10) || content) = 0 THEN CHR(10) || 'telegram,handle' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '飞机,handle' IN CHR(10) || content) = 0 THEN CHR(10) || '飞机,handle' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '纸飞机,handle' IN CHR(10) || content) = 0 THEN CHR(10) || '纸飞机,handle' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小飞机,handle' IN CHR(10) || content) = 0 THEN CHR(10) || '小飞机,handle' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '电报,handle' IN CHR(10) || content) = 0 THEN CHR(10) || '电报,handle' ELSE '' END,
       'system',
       'handles written with @ (handle)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || 'tg,handle' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || 'telegram,handle' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '飞机,handle' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '纸飞机,handle' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '小飞机,handle' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '电报,handle' IN CHR(10) || content) = 0);
