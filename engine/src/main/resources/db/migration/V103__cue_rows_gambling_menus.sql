-- Gambling lines the moderation still missed on ChineseHarm-Bench's dev half (issue 17, session
-- 30): 扫雷 (红包扫雷, a red-envelope gambling game) among the games the gambling-invite detector
-- reads, so 扫雷的加我 is an invitation; and, as two different games written back to back are now a
-- gambling room's menu (金花三公牛牛), the two lotteries bought together (福彩体彩, 体彩福彩) as
-- everyday phrases. A row already written is not added twice. The cue file gets one new version,
-- appended to its latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '扫雷,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扫雷,game' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '福彩体彩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '福彩体彩,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '体彩福彩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '体彩福彩,everyday' ELSE '' END,
       'system',
       'the 扫雷 game, and the two lotteries bought together as everyday phrases',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '扫雷,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '福彩体彩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '体彩福彩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
