-- New cue rows for the variant data of databases seeded before them, the cues file published again
-- as a new version with the rows it lacks appended (the history keeps the one before; a row
-- compliance already wrote is not added twice). A new database has no variant files yet: the
-- shipped one, which lists these rows, seeds version 1 on the first start.
--
-- Gig work offered to whoever takes it, with no pay named (视频号代发做不, 小红书发文做吗, 抖音评论
-- 来不？): the platforms gig work is done for (platform), what members do there (member-action),
-- the words that ask a reader to take the gig on (gig-ask), and everyday phrases holding an ask
-- (来不及, 做不到).
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '抖音,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '抖音,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'dy,platform' IN CHR(10) || content) = 0 THEN CHR(10) || 'dy,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'd音,platform' IN CHR(10) || content) = 0 THEN CHR(10) || 'd音,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '斗音,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '斗音,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快手,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '快手,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快s,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '快s,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小红书,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '小红书,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小红薯,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '小红薯,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '红薯,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '红薯,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '视频号,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '视频号,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '西瓜视频,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '西瓜视频,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'b站,platform' IN CHR(10) || content) = 0 THEN CHR(10) || 'b站,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '微博,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '微博,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '知乎,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '知乎,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '美团,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '美团,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '淘宝,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '淘宝,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '拼多多,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '拼多多,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '头条,platform' IN CHR(10) || content) = 0 THEN CHR(10) || '头条,platform' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '评论,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '评论,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发评论,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '发评论,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '点赞,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '点赞,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发视频,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '发视频,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '助力,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '助力,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮发,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '帮发,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮忙发,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '帮忙发,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发帖,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '发帖,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赞,member-action' IN CHR(10) || content) = 0 THEN CHR(10) || '赞,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做吗,gig-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '做吗,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不,gig-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '做不,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不做,gig-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '做不做,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来不,gig-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '来不,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '接不接,gig-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '接不接,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '需要就来,gig-ask' IN CHR(10) || content) = 0 THEN CHR(10) || '需要就来,gig-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来不及,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '来不及,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来不了,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '来不了,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不到,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '做不到,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不了,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '做不了,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不好,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '做不好,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不完,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '做不完,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不出,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '做不出,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '做不成,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '做不成,everyday' ELSE '' END,
       'system',
       'gig offers (platform, member-action, gig-ask, everyday phrases)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '抖音,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || 'dy,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || 'd音,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '斗音,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '快手,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '快s,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '小红书,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '小红薯,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '红薯,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '视频号,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '西瓜视频,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || 'b站,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '微博,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '知乎,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '美团,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '淘宝,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '拼多多,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '头条,platform' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '评论,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '发评论,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '点赞,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '发视频,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '助力,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '帮发,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '帮忙发,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '发帖,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '赞,member-action' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做吗,gig-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不,gig-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不做,gig-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '来不,gig-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '接不接,gig-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '需要就来,gig-ask' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '来不及,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '来不了,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不到,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不了,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不好,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不完,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不出,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '做不成,everyday' IN CHR(10) || content) = 0);
