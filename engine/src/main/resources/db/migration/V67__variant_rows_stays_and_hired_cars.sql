-- New cue rows for the variant data of databases seeded before them, the cues file published again
-- as a new version with the rows it lacks appended (the history keeps the one before; a row
-- compliance already wrote is not added twice). A new database has no variant files yet: the
-- shipped one, which lists these rows, seeds version 1 on the first start.
--
-- What a stay or a hired car costs per day is a price paid, not a pay rate offered (民宿300/天，欢迎来住;
-- 租车500/天): words that make an amount near a period spending.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '租车,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '租车,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '包车,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '包车,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '民宿,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '民宿,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '酒店,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '酒店,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '住宿,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '住宿,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '房费,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '房费,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来住,spending' IN CHR(10) || content) = 0 THEN CHR(10) || '来住,spending' ELSE '' END,
       'system',
       'prices of stays and hired cars (spending)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '租车,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '包车,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '民宿,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '酒店,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '住宿,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '房费,spending' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '来住,spending' IN CHR(10) || content) = 0);
