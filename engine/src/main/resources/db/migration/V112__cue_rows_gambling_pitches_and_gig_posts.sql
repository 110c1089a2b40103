-- Gambling ads and click-farm gigs the moderation still missed on ChineseHarm-Bench's dev half (issue 17).
-- The gambling-invite detector reads a new kind, bet-pitch: a platform's pitch or a promise of
-- winnings (首充, 返水, 彩金, 带单, 包赢, 必中, 资金安全, 坐庄, 来回血) counts within 24 characters of a game
-- as an invitation does; three more games (棋牌, 对赌, pg: a slot vendor, never inside a latin word such
-- as jpg) with a parents' 棋牌室 and a financier's 对赌协议 as everyday phrases; and a post counted out
-- (发个视频, 发一个作品) as what members do on a platform, so 帮抖音发一个视频，做不做 is a gig offer.
-- Characters: 牪 (two oxen side by side) written for 牛牛, as gambling ads spell the game (经花牪，可拉);
-- a character compliance already maps is left as it is.
-- 牛牛 alone is an everyday phrase, which takes back its row as a game: it is a child's or a pet's
-- name (我家狗狗叫牛牛，走丢了联系我), and gambling menus name it beside 金花 or 三公, which stay games;
-- 押注 is no pitch (a lottery buyer's 体彩押注哪个队); and doubts such as 哪有稳赚 and 没有稳赚不赔 (ten
-- phrases) are everyday phrases, so the SCAM and FRAUD terms inside them warn nobody; so are
-- warnings that name a gig scam's words (刷单是违法, 警惕刷单, 兼职都是骗, 兼职诈骗: eighteen phrases),
-- and a member asking whether a stranger who friended them is real (有人加我好友说是客服，是真的吗).
-- A row already written is not added twice. Each file gets one new version, appended to its latest;
-- a new database seeds the shipped files, which list them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content || CHR(10) || '牪,牛牛,lookalike',
       'system',
       '牪 for 牛牛',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND POSITION(CHR(10) || '牪,' IN CHR(10) || content) = 0;

INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '棋牌,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '棋牌,game' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对赌,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对赌,game' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'pg,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'pg,game' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '首充,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '首充,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '首存,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '首存,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '存送,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '存送,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '返水,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '返水,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '彩金,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '彩金,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '带单,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '带单,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '包赢,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '包赢,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '稳赢,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '稳赢,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '必中,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '必中,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '精准计划,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '精准计划,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出款,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出款,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '资金安全,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '资金安全,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来回血,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '来回血,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '坐庄,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '坐庄,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '棋牌室,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '棋牌室,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对赌协议,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对赌协议,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '牛牛,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '牛牛,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '哪有稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '哪有稳赚,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没有稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没有稳赚,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '哪有什么稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '哪有什么稳赚,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不可能稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不可能稳赚,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不存在稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不存在稳赚,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '哪有稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '哪有稳赚不赔,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没有稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没有稳赚不赔,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '哪有什么稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '哪有什么稳赚不赔,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不可能稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不可能稳赚不赔,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不存在稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不存在稳赚不赔,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '刷单是违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '刷单是违法,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '刷单是诈骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '刷单是诈骗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '刷单是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '刷单是骗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '刷单都是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '刷单都是骗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '刷单诈骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '刷单诈骗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要刷单,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别信刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别信刷单,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '警惕刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '警惕刷单,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '谨防刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '谨防刷单,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小心刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '小心刷单,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职都是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职都是骗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职是骗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职诈骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职诈骗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '警惕兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '警惕兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '谨防兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '谨防兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小心兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '小心兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职做家教,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职做家教,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职家教,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职家教,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有人加我好友,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有人加我好友,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '陌生人加我好友,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '陌生人加我好友,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别人加我好友,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别人加我好友,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发个视频,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '发个视频,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发一个视频,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '发一个视频,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发个作品,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '发个作品,member-action' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发一个作品,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '发一个作品,member-action' ELSE '' END,
       'system',
       'a platform''s pitch near a gambling game, three more games, and a post counted out on a platform',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '棋牌,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对赌,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'pg,game' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '首充,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '首存,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '存送,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '返水,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '彩金,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '带单,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '包赢,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '稳赢,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '必中,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '精准计划,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出款,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '资金安全,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '来回血,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '坐庄,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '棋牌室,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对赌协议,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '牛牛,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '哪有稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没有稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '哪有什么稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不可能稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不存在稳赚,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '哪有稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没有稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '哪有什么稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不可能稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不存在稳赚不赔,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '刷单是违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '刷单是诈骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '刷单是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '刷单都是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '刷单诈骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '别信刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '警惕刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '谨防刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '小心刷单,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职都是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职是骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职诈骗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '警惕兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '谨防兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '小心兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职做家教,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职家教,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有人加我好友,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '陌生人加我好友,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '别人加我好友,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '发个视频,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '发一个视频,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '发个作品,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '发一个作品,member-action' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
