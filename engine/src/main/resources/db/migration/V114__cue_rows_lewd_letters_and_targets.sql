-- Sexual words on a person or a picture the lewd-target detector still missed on the ChineseHarm-Bench dev
-- half (issue 17, session 34). ss, the letters of 涩涩 (想找个ss的男朋友), as a lewd word, which the detector
-- reads only with a person or a picture right after it, written side by side; as a latin cue it does not
-- fire inside a word (boss的男朋友), and a game's rank (ss级美女, ss级角色) is an everyday phrase. And more
-- of what a lewd word is put on: 资源, 网站, 网址, 游戏, 主播, 美女, 帅哥 (瑟瑟的资源, 涩涩的网站). The shiver and the
-- taste stay everyday rows (瑟瑟发抖的游戏主播). A row already written is not added twice. The cue file gets
-- one new version, appended to its latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || 'ss,lewd' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'ss,lewd' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '资源,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '资源,lewd-target' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '网站,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '网站,lewd-target' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '网址,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '网址,lewd-target' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '游戏,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '游戏,lewd-target' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '主播,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '主播,lewd-target' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '美女,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '美女,lewd-target' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帅哥,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '帅哥,lewd-target' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'ss级,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'ss级,everyday' ELSE '' END,
       'system',
       'ss (lewd), 资源, 网站, 网址, 游戏, 主播, 美女, 帅哥 (lewd-target), ss级 (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || 'ss,lewd' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '资源,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '网站,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '网址,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '游戏,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '主播,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '美女,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '帅哥,lewd-target' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'ss级,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
