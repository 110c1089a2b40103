-- Money pitches in slang found on ChineseHarm-Bench's dev half and reserve (issue 17, 欺诈, round 2).
-- Characters: 硪 (a look-alike) for the 我 of 私我 and 加我 (不嫌少的丝❤硪), and the brick emoji 🧱 for 砖, which
-- reads as 赚 (日🧱100到500 is 日赚). A character compliance already maps is left as it is.
-- Cues: the dodged spellings of 副业 and 项目 that only a pitch writes (副邺, 富叶, 付业, 钼项), 懂的了 and 的莱
-- (的来 by sound) make a pay rate an offer, with 你懂的了 and 的莱卡 as everyday phrases; 米 for money after a
-- verb of earning (挣米, 转米), a coach for free spelt by sound (免米带, 免霏带, 面废带), 无米可做 (with 无米可做饭
-- as an everyday phrase) and 0投资 are trades near a private-chat ask; 私沃, si我 and sixin are private-chat
-- asks. A row already written is not added twice. Each file gets one new version, appended to its latest; a
-- new database seeds the shipped files, which list them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '硪,' IN CHR(10) || content) = 0 THEN CHR(10) || '硪,我,lookalike' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '🧱,' IN CHR(10) || content) = 0 THEN CHR(10) || '🧱,砖,emoji' ELSE '' END,
       'system',
       '硪 for 我, 🧱 for 砖',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '硪,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '🧱,' IN CHR(10) || content) = 0);

INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '副邺,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '副邺,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '副叶,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '副叶,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '富叶,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '富叶,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '付业,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '付业,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '项邺,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '项邺,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '钼项,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '钼项,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '项钼,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '项钼,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '懂的了,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '懂的了,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你懂的了,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你懂的了,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '的莱,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '的莱,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '的莱卡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '的莱卡,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '私沃,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '私沃,private-chat' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'si我,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'si我,private-chat' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'sixin,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'sixin,private-chat' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '挣米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '挣米,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '转米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '转米,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '钻米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '钻米,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '倔米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '倔米,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '撰米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '撰米,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免米带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免米带,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免米戴,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免米戴,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免霏带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免霏带,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '面废带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '面废带,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免米加入,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免米加入,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '无米可做,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '无米可做,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '无米可做饭,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '无米可做饭,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '0投资,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '0投资,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'o投资,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'o投资,trade' ELSE '' END,
       'system',
       'money pitches in slang: 副邺, 富叶, 钼项, 懂的了, 的莱, 挣米, 免米带, 无米可做, 0投资, 私沃, si我 and everyday phrases',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '副邺,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '副叶,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '富叶,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '付业,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '项邺,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '钼项,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '项钼,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '懂的了,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你懂的了,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '的莱,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '的莱卡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '私沃,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'si我,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'sixin,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '挣米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '转米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '钻米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '倔米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '撰米,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免米带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免米戴,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免霏带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '面废带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免米加入,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '无米可做,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '无米可做饭,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '0投资,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'o投资,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
