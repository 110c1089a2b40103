-- Deposit bonuses and income claims the moderation still missed on ChineseHarm-Bench's dev half (博彩, 欺诈).
-- Cues: a gambling platform's deposit bonus is two pitch words (bet-pitch), a deposit (存, 冲, 首冲; 首充
-- and 首存 are already rows) and a bonus (送, 宋, 赠, 得), each with an amount, close together, the bonus
-- at least a quarter of the deposit (存100送38, 冲I00宋I00, 冲100立得388; the deposit-bonus detector). A
-- pitch word of one character counts only there, never near a game alone. Not 充: a shop's 会员充500送50
-- and a phone top-up. A game's or a shop's own currency after an amount counts no money (钻, 金币, 点券:
-- 冲100送100钻). 一月 is a month a pay rate is given for (加，一月一万), and 加班 an everyday phrase, so
-- its 加 makes no pay rate an offer (我老公一个月一万五，天天加班).
-- A row already written is not added twice. The cue file gets one new version, appended to its latest;
-- a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '首冲,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '首冲,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '存,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '存,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '冲,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '冲,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '送,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '送,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '宋,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '宋,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赠,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '赠,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '得,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '得,bet-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一月,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一月,per-month' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '钻,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '钻,not-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '金币,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '金币,not-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '点券,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '点券,not-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加班,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加班,everyday' ELSE '' END,
       'system',
       '首冲, 存, 冲, 送, 宋, 赠, 得 (bet-pitch), 一月 (per-month), 钻, 金币, 点券 (not-money), 加班 (everyday)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '首冲,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '存,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '冲,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '送,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '宋,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '赠,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '得,bet-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一月,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '钻,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '金币,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '点券,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加班,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
