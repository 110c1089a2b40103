-- New rows for the variant data of databases seeded before them, each file published again as a new
-- version with the rows it lacks appended (the history keeps the one before; a row compliance
-- already wrote is not added twice, which would make the file invalid). A new database has no
-- variant files yet: the shipped ones, which list these rows, seed version 1 on the first start.
--
-- Cues: a private-chat ask beside what a job earns is trade solicitation when the earning is a verb
-- before a number (加我带你一小时赚300), an income claim (月赚十万), a price in dimes (1毛) or a scam
-- word (包赚, 无前期, 快钱, 赚米). WeChat ids: 绿泡泡 only ever introduces one; 微信, until now a
-- constant in the detector, and v are everyday words that introduce one when it holds a digit or
-- is introduced (v：abc123), the kind weak-wechat-id. Everyday phrases (kind everyday) whose cue is
-- none there: 联系我们 is a business's "contact us", 出行 and 收到 are no trade, 打滴滴 is a ride.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '包赚,trade' IN CHR(10) || content) = 0 THEN CHR(10) || '包赚,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '无前期,trade' IN CHR(10) || content) = 0 THEN CHR(10) || '无前期,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '快钱,trade' IN CHR(10) || content) = 0 THEN CHR(10) || '快钱,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赚米,trade' IN CHR(10) || content) = 0 THEN CHR(10) || '赚米,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '月赚,price' IN CHR(10) || content) = 0 THEN CHR(10) || '月赚,price' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '日赚,price' IN CHR(10) || content) = 0 THEN CHR(10) || '日赚,price' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '毛,price-unit' IN CHR(10) || content) = 0 THEN CHR(10) || '毛,price-unit' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赚,per' IN CHR(10) || content) = 0 THEN CHR(10) || '赚,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '挣,per' IN CHR(10) || content) = 0 THEN CHR(10) || '挣,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '绿泡泡,wechat-id' IN CHR(10) || content) = 0 THEN CHR(10) || '绿泡泡,wechat-id' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '微信,weak-wechat-id' IN CHR(10) || content) = 0 THEN CHR(10) || '微信,weak-wechat-id' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'v,weak-wechat-id' IN CHR(10) || content) = 0 THEN CHR(10) || 'v,weak-wechat-id' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '联系我们,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '联系我们,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出行,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '出行,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '收到,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '收到,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '的加急,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '的加急,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '打滴滴,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '打滴滴,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '坐滴滴,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '坐滴滴,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '叫滴滴,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '叫滴滴,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴打车,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴打车,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴出行,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴出行,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴司机,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴司机,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '个滴滴,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '个滴滴,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '用滴滴,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '用滴滴,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴快车,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴快车,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴顺风车,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴顺风车,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴专车,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴专车,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴叫车,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴叫车,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '滴滴代驾,everyday' IN CHR(10) || content) = 0 THEN CHR(10) || '滴滴代驾,everyday' ELSE '' END,
       'system',
       'earnings next to a number (赚, 挣), income claims (月赚, 日赚), the price unit 毛, the scam words 包赚, 无前期, 快钱, 赚米; 绿泡泡 and the weak WeChat-id triggers 微信 and v; everyday phrases such as 联系我们 and 打滴滴',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '包赚,trade' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '无前期,trade' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '快钱,trade' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '赚米,trade' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '月赚,price' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '日赚,price' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '毛,price-unit' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '赚,per' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '挣,per' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '绿泡泡,wechat-id' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '微信,weak-wechat-id' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || 'v,weak-wechat-id' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '联系我们,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '出行,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '收到,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '的加急,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '打滴滴,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '坐滴滴,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '叫滴滴,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴打车,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴出行,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴司机,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '个滴滴,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '用滴滴,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴快车,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴顺风车,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴专车,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴叫车,everyday' IN CHR(10) || content) = 0
       OR POSITION(CHR(10) || '滴滴代驾,everyday' IN CHR(10) || content) = 0);

-- Characters: ∨ (the logical or) written for v, as in +∨ wykg7788; not added where compliance already
-- maps ∨ to something (a character listed twice makes the table invalid).
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '∨,' IN CHR(10) || content) = 0 THEN CHR(10) || '∨,v,lookalike' ELSE '' END,
       'system',
       '∨ for v',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'characters'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'characters')
  AND (POSITION(CHR(10) || '∨,' IN CHR(10) || content) = 0);
