-- Warnings against a listed trade (issue 17): members warn each other of the trades the word lists name (网贷千万别碰,
-- 征信修复是骗人的吧, 杀猪盘都是骗局), and removing a member for it is the worst answer a group can give. A listed fraud,
-- scam, gambling or contact-ask term right beside one of these warnings (kind term-warning), in the same clause, is
-- what the warning is about and no hit; unlike the fraud-warning rows they stand no detector down. A question ending
-- the message (term-question: 真的假的, 是骗人的吧) asks about the terms of its sentence. A member telling who contacted
-- them (有人私聊我, 有人私信我, 让我加他) asks nobody to, and one asking the group for a side job (有什么副业推荐吗,
-- 我想找个兼职) offers none (everyday). A row already written is not added twice. The cue file gets one new version,
-- appended to its latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '别碰,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别碰,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要碰,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要碰,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗人的,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗人的,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗局,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗局,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '都是骗局,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '都是骗局,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是诈骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是诈骗,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '都是诈骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '都是诈骗,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别上当,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别上当,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要上当,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要上当,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小心被骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '小心被骗,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '当心被骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '当心被骗,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '千万别信,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '千万别信,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '千万不要信,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '千万不要信,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要信,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要信,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别被骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别被骗,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '谨防上当,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '谨防上当,term-warning' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是真的吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是真的吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '真的假的,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '真的假的,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是诈骗吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是诈骗吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗人的吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗人的吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗人的吧,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗人的吧,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗局吧,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗局吧,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗局吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗局吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗子吧,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗子吧,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '是骗子吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '是骗子吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '靠谱吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '靠谱吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可信吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可信吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '能信吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '能信吗,term-question' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有人私聊我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有人私聊我,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有人私信我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有人私信我,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有人让我加,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有人让我加,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '让我加他,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '让我加他,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '让我加她,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '让我加她,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有什么副业推荐,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有什么副业推荐,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有没有副业推荐,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有没有副业推荐,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '求副业推荐,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '求副业推荐,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '求推荐副业,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '求推荐副业,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我想找兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我想找兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我想找个兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我想找个兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '想找点兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '想找点兼职,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '找点兼职做,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '找点兼职做,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我在找兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我在找兼职,everyday' ELSE '' END,
       'system',
       '别碰, 是骗局, 别上当… (term-warning); 真的假的, 是骗人的吧… (term-question); 有人私聊我, 让我加他… (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '别碰,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要碰,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗人的,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗局,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '都是骗局,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是诈骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '都是诈骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '别上当,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要上当,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '小心被骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '当心被骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '千万别信,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '千万不要信,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要信,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '别被骗,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '谨防上当,term-warning' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是真的吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '真的假的,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是诈骗吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗人的吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗人的吧,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗局吧,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗局吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗子吧,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '是骗子吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '靠谱吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可信吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '能信吗,term-question' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有人私聊我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有人私信我,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有人让我加,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '让我加他,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '让我加她,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有什么副业推荐,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有没有副业推荐,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '求副业推荐,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '求推荐副业,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我想找兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我想找个兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '想找点兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '找点兼职做,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我在找兼职,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
