-- Gambling invitations and grey-market gig ads (session 34, issue 17): a payout promised at once (立结, 日结, 秒结,
-- 现结) asks a reader to take a platform's gig on (小红薯评论立结), a question whether the reader is interested puts
-- a task on offer (找代发有兴趣吗), ks and xhs name 快手 and 小红书, and a sign-up (注册, 注册就, 注册即) with a bonus
-- word right after it (送, 宋, and now 松) and a bare amount ending the message or before a private-chat ask is a
-- casino's sign-up credit (注册送28, 注册就送50找我拿; kind sign-up); 一丹 is 一单 so written (一丹2米). A row already written is not added twice. The
-- cue file gets one new version, appended to its latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '立结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '立结,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '日结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '日结,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '秒结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '秒结,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '现结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '现结,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '感兴趣吗,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '感兴趣吗,task-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有兴趣吗,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有兴趣吗,task-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'ks,platform' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'ks,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'xhs,platform' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'xhs,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '注册,sign-up' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '注册,sign-up' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '注册就,sign-up' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '注册就,sign-up' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '注册即,sign-up' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '注册即,sign-up' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '松,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '松,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一丹,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一丹,per' ELSE '' END,
       'system',
       '立结, 日结, 秒结, 现结, 感兴趣吗, 有兴趣吗, ks, xhs, 注册, 注册就, 注册即, 松, 一丹 (session 34: gambling invitations and gig ads)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '立结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '日结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '秒结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '现结,gig-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '感兴趣吗,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有兴趣吗,task-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'ks,platform' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'xhs,platform' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '注册,sign-up' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '注册就,sign-up' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '注册即,sign-up' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '松,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一丹,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
