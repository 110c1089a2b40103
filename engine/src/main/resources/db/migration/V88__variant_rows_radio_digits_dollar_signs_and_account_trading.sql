-- Spam a helper playing a spammer found passing (issue 17, session 27).
-- Characters: the radio operators' readings of digits, 洞 0, 两 2, 拐 7, 勾 9 (幺 1 was read already),
-- so 加我 幺三八洞洞拐拐勾勾两两 is the phone number it spells; and $, ＄ and the emoji 💲 stand for
-- 元 as ¥ does, so 私聊 💲99 is a private deal with its price. A character compliance already maps
-- is left as it is.
-- Cues: accounts that are bought and sold (account: 微信号, qq号, 老号…) and the words that buy or
-- sell them (deal: 出售, 收购, 出, 收…), which the account-trade detector pairs when they are written
-- as one phrase (出售 微信号, 收购 QQ号, 出 老号). A cue may have several kinds (出 is a trade word
-- too), so a row is looked for whole; a row already written is not added twice.
-- Each file gets one new version, appended to its latest; a new database seeds the shipped files,
-- which list them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '洞,' IN CHR(10) || content) = 0 THEN CHR(10) || '洞,0,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '两,' IN CHR(10) || content) = 0 THEN CHR(10) || '两,2,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '拐,' IN CHR(10) || content) = 0 THEN CHR(10) || '拐,7,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '勾,' IN CHR(10) || content) = 0 THEN CHR(10) || '勾,9,numeral' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '＄,' IN CHR(10) || content) = 0 THEN CHR(10) || '＄,元,symbol' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '$,' IN CHR(10) || content) = 0 THEN CHR(10) || '$,元,symbol' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '💲,' IN CHR(10) || content) = 0 THEN CHR(10) || '💲,元,emoji' ELSE '' END,
       'system',
       '洞 0, 两 2, 拐 7, 勾 9 (radio readings of digits); $, ＄, 💲 for 元',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '洞,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '两,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '拐,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '勾,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '＄,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '$,' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '💲,' IN CHR(10) || content) = 0);

INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '微信号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '微信号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'vx号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'vx号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'wx号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'wx号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'qq号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'qq号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '扣扣号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扣扣号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '老号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '老号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '白号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '白号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '实名号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '实名号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '成品号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '成品号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '账号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '账号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '抖音号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '抖音号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快手号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '快手号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出售,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出售,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '收购,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '收购,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '回收,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '回收,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出租,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出租,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '求购,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '求购,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '买卖,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '买卖,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '批发,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '批发,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '代售,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '代售,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '收,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '收,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '卖,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '卖,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '售,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '售,deal' ELSE '' END,
       'system',
       'account and deal cues for account trading: 微信号, qq号, 老号…; 出售, 收购, 出, 收…',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '微信号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'vx号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'wx号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'qq号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '扣扣号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '老号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '白号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '实名号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '成品号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '账号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '抖音号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '快手号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出售,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '收购,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '回收,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出租,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '求购,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '买卖,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '批发,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '代售,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '收,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '卖,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '售,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
