-- New cue rows for the variant data of databases seeded before them, the cues file published again
-- as a new version with the rows it lacks appended (the history keeps the one before; a row
-- compliance already wrote is not added twice). A new database has no variant files yet: the
-- shipped one, which lists these rows, seeds version 1 on the first start.
--
-- A member asking what a rate costs (私教一小时300贵不贵，有来过的吗) is not offering pay: words of a
-- price make an amount near a period spending.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '贵,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '贵,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '便宜,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '便宜,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '收费,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '收费,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '价格,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '价格,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '价钱,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '价钱,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '多少钱,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '多少钱,spending' ELSE '' END,
       'system',
       'words of a price asked about (spending)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '贵,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '便宜,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '收费,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '价格,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '价钱,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '多少钱,spending' IN CHR(10) || content) = 0);
