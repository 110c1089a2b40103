-- New cue rows for the variant data of databases seeded before them, the cues file published again
-- as a new version with the rows it lacks appended (the history keeps the one before; a row
-- compliance already wrote is not added twice). A new database has no variant files yet: the
-- shipped one, which lists these rows, seeds version 1 on the first start.
--
-- An account id right after a contact cue (➕kgkg139, 联系 HK-Acct) is now a contact: the product
-- models a customer adds to an order (加iphone15的膜, 加mate60) are everyday phrases, so the 加
-- in them is no contact cue.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '加iphone,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '加iphone,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加ipad,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '加ipad,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加mate,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '加mate,everyday' ELSE '' END,
       'system',
       'account ids after contact cues (everyday phrases for product models)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '加iphone,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '加ipad,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '加mate,everyday' IN CHR(10) || content) = 0);
