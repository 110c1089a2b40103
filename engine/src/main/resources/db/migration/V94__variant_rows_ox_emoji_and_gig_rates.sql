-- Spam the moderation still missed on the public corpora's dev halves (issue 17, session 29).
-- Characters: the emoji 🐮 and 🐂 written for 牛, as gambling ads spell their games (斗🐮, 牛🐮), so a
-- game named that way meets its invitation as 斗牛 does. A character compliance already maps is left
-- as it is.
-- Cues: 一个 (a rate next to a number, as 一单 is: 抖音发作品80一个) and 出评 (a gig task, writing paid
-- reviews: 稳定出评4.8一单). A row already written is not added twice.
-- Each file gets one new version, appended to its latest; a new database seeds the shipped files,
-- which list them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '🐮,' IN CHR(10) || content) = 0 THEN CHR(10) || '🐮,牛,emoji' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '🐂,' IN CHR(10) || content) = 0 THEN CHR(10) || '🐂,牛,emoji' ELSE '' END,
       'system',
       '🐮 and 🐂 for 牛',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '🐮,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '🐂,' IN CHR(10) || content) = 0);

INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '一个,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一个,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出评,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出评,task' ELSE '' END,
       'system',
       '一个 (per), 出评 (task)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '一个,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出评,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
