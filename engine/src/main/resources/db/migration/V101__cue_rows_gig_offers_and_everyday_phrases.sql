-- Black-market ads the moderation still missed on ChineseHarm-Bench's dev half (issue 17, session
-- 30): a task put on offer by the words around it. task-need (需要, 要不要) before a task (需要代发);
-- task-offer (要吗; 绿色, 不违规, 不封号, which vouch that the gig is safe) either side of one
-- (小红书发文要吗, 绿色的代发); and the everyday phrases that hold a task which is none there: 发文件
-- (sending a file), 需要拉新 and 要不要拉新 (a member asking about a shop's invite-a-friend offer).
-- Also the everyday phrases in which a member speaks of their own part-time job (在做兼职, 做过兼职,
-- 做了兼职), so the listed 兼职 inside them is no recruitment; and game accounts among the accounts
-- bought and sold (游戏账号, 游戏号: 收购游戏账号). A row already written is not added twice.
-- The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '需要,task-need' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '需要,task-need' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '要不要,task-need' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '要不要,task-need' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '需不需要,task-need' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '需不需要,task-need' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '要吗,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '要吗,task-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '绿色,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '绿色,task-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '纯绿,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '纯绿,task-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不违规,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不违规,task-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不封号,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不封号,task-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发文件,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '发文件,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '需要拉新,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '需要拉新,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '要不要拉新,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '要不要拉新,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '在做兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '在做兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做过兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '做过兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做了兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '做了兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '游戏账号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '游戏账号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '游戏号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '游戏号,account' ELSE '' END,
       'system',
       'task-need and task-offer rows, everyday phrases around a task and a member speaking of a part-time job, game accounts',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '需要,task-need' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '要不要,task-need' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '需不需要,task-need' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '要吗,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '绿色,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '纯绿,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不违规,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不封号,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '发文件,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '需要拉新,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '要不要拉新,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '在做兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '做过兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '做了兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '游戏账号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '游戏号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
