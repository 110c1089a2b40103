-- A private-chat ask near what a job earns is caught as trade solicitation when the earning is written
-- as a verb before a number (加我带你一小时赚300, 带你挣五千), as an income claim (月赚十万), in dimes
-- (1毛一分), or with the scam words 包赚, 无前期, 快钱 and 赚米. A database seeded before holds a cue
-- file without these rows, so its live cue file is published again with them appended, as a new
-- version (the history keeps the one before). A file in which compliance already wrote any of them is
-- left alone: a row listed twice would make the whole file invalid. A new database has no cue file
-- yet: the shipped one, which lists them, seeds version 1 on the first start.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content || '
包赚,trade
无前期,trade
快钱,trade
赚米,trade
月赚,price
日赚,price
毛,price-unit
赚,per
挣,per
',
       'system',
       'earnings next to a number (赚, 挣), income claims (月赚, 日赚), the price unit 毛 and the scam words 包赚, 无前期, 快钱, 赚米',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND POSITION(CHR(10) || '包赚,trade' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '无前期,trade' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '快钱,trade' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '赚米,trade' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '月赚,price' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '日赚,price' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '毛,price-unit' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '赚,per' IN CHR(10) || content) = 0
  AND POSITION(CHR(10) || '挣,per' IN CHR(10) || content) = 0;
