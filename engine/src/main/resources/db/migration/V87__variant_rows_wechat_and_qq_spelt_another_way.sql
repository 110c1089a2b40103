-- Spellings of WeChat and QQ a spammer writes before an id that the cue list lacked: 维信 and wei信
-- (WeChat in another tone, and half in pinyin; two-character cues do not match by sound), 鹅号 and
-- qun号 (QQ's penguin, and 群号 half in pinyin). And a shop's 私聊客服 / 私信客服 ("message our
-- service") sends buyers to its own service, not into a private deal: everyday, so 99元包邮，私聊客服
-- 下单 is no trade solicitation. Appended as a new version of the cues file of a database seeded
-- before them; a row already written is not added twice. A new database seeds the shipped file,
-- which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '维信,' IN CHR(10) || content) = 0 THEN CHR(10) || '维信,wechat-id' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'wei信,' IN CHR(10) || content) = 0 THEN CHR(10) || 'wei信,wechat-id' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '鹅号,' IN CHR(10) || content) = 0 THEN CHR(10) || '鹅号,qq' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'qun号,' IN CHR(10) || content) = 0 THEN CHR(10) || 'qun号,qq' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '私聊客服,' IN CHR(10) || content) = 0 THEN CHR(10) || '私聊客服,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '私信客服,' IN CHR(10) || content) = 0 THEN CHR(10) || '私信客服,everyday' ELSE '' END,
       'system',
       '维信, wei信 (wechat-id); 鹅号, qun号 (qq); 私聊客服, 私信客服 (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '维信,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || 'wei信,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '鹅号,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || 'qun号,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '私聊客服,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '私信客服,' IN CHR(10) || content) = 0);
