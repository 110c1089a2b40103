-- The reader's relative said to be with the speaker now (issue 17, session 33): the new kind with-me (现在在我这里,
-- 现在在我这) right after the reader's relative (a kin cue after 你 or 您: 你爸爸现在在我这里) is read as the with-caller
-- rows are, a claim only from a caller and with a demand after it that is no plain transfer. A row already written
-- is not added twice. The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '现在在我这里,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现在在我这里,with-me' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现在在我这儿,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现在在我这儿,with-me' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现在在我这,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现在在我这,with-me' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现在在我们这里,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现在在我们这里,with-me' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现在在我们这儿,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现在在我们这儿,with-me' ELSE '' END,
       'system',
       '现在在我这里, 现在在我这… (with-me)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '现在在我这里,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现在在我这儿,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现在在我这,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现在在我们这里,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现在在我们这儿,with-me' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
