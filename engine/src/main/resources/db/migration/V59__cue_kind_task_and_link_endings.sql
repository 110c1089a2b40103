-- Paid gig work offered with its pay ("代发，一单20", "刷单 5r") is caught by the paid-task detector, which
-- reads the new cue kind task beside the price cues; and links ending in .us, .me or .my are links.
-- A database seeded before holds a cue file without these rows, so its live cue file is published
-- again with them appended, as a new version (the history keeps the one before). A file in which compliance already wrote any of them is left
-- alone: a row listed twice would make the whole file invalid. A new database has no cue file yet:
-- the shipped one, which lists them, seeds version 1 on the first start.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content || '
代发,task
代刷,task
刷单,task
补单,task
放单,task
刷粉,task
涨粉,task
刷赞,task
发作品,task
发文,task
推文,task
拉新,task
刷子,task
做单,task
派单,task
挂机,task
有偿,price
钱,price-unit
us,common-tld
me,common-tld
my,common-tld
',
       'system',
       'the cue kind task (paid gig work), the pay words 有偿 and 钱 for the paid-task detector, and the link endings us, me and my',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND POSITION(CHR(10) || '代发,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '代刷,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '刷单,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '补单,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '放单,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '刷粉,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '涨粉,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '刷赞,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '发作品,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '发文,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '推文,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '拉新,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '刷子,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '做单,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '派单,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '挂机,task' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '有偿,price' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '钱,price-unit' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || 'us,common-tld' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || 'me,common-tld' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || 'my,common-tld' IN CHR(10) || content) = 0;
