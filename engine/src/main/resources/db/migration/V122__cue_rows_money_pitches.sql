-- Money pitches found on ChineseHarm-Bench's dev half and reserve (issue 17, 欺诈). A pitch that coaches whoever
-- reads it for free (免费带, mf带) is a trade near a private-chat ask and a task near its pay, with the everyday
-- phrases of whom a shop, a parent or a gamer takes along for free (免费带孩子, 免费带娃, 免费带你参观, 免费带上分);
-- whoever lacks money, addressed (缺钱的, 没钱的, 没有钱的), is a trade near a private-chat ask. The pay-rate
-- detector gets offer words (你去不去; 不押, 不用押, 不需要押: no deposit asked; 一部手机), fillers (稳入, 保证), periods
-- (日保底), 租 as spending (整租一个月一万二，不用押金) and 毫升 as no money, and a spending word inside
-- an everyday phrase that denies a fee (不需要任何费用, 没有任何费用) no longer makes a rate money paid out. A trip's
-- pay is weighed as a month's (一趟, per-month: 一趟8万，胆大的来), with 小 passed over (一趟小十万); the slang of a way to
-- money (路子野, 我有路子, 给你路子) and 赚大钱 are trades near a private-chat ask. A row
-- already written is not added twice. The cue file gets one new version, appended to its latest; a new database
-- seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '免费带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带,task' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'mf带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'mf带,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'mf带,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'mf带,task' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '缺钱的,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '缺钱的,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没钱的,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没钱的,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没有钱的,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没有钱的,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你去不去,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你去不去,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不押,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不押,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不用押,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不用押,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不需要押,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不需要押,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一部手机,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一部手机,pay-offer' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '稳入,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '稳入,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '保证,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '保证,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '日保底,per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '日保底,per-day' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '租,spending' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '租,spending' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '毫升,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '毫升,not-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带孩子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带孩子,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带小孩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带小孩,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带娃,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带宝宝,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带宝宝,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带宠物,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带宠物,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带狗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带狗,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带猫,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带猫,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带家属,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带家属,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带老人,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带老人,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带走,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带走,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带回,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带回,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带看,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带看,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带路,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带路,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带一个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带一个,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带一位,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带一位,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带一名,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带一名,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带两个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带两个,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带你参观,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带你参观,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带您参观,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带您参观,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带大家参观,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带大家参观,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带你体验,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带你体验,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带您体验,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带您体验,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带大家体验,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带大家体验,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带上分,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带上分,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带大家上分,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带大家上分,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带你上分,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带你上分,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带大家打,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带大家打,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带你打,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带你打,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带大家玩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带大家玩,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带你玩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带你玩,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带飞,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带飞,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带打,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带打,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '免费带练,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '免费带练,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不需要任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不需要任何费用,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没有任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没有任何费用,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不收任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不收任何费用,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '无任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '无任何费用,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一趟,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一趟,per-month' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '小,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '小,pay-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '路子野,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '路子野,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我有路子,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我有路子,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '给你路子,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '给你路子,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '赚大钱,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '赚大钱,trade' ELSE '' END,
       'system',
       'money pitches: 免费带, 缺钱的, 不押, 稳入, 日保底, 一趟, 路子野, 租 and everyday phrases',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '免费带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'mf带,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'mf带,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '缺钱的,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没钱的,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没有钱的,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你去不去,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不押,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不用押,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不需要押,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一部手机,pay-offer' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '稳入,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '保证,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '日保底,per-day' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '租,spending' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '毫升,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带孩子,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带小孩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带宝宝,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带宠物,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带狗,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带猫,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带家属,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带老人,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带走,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带回,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带看,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带路,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带一个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带一位,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带一名,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带两个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带你参观,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带您参观,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带大家参观,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带你体验,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带您体验,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带大家体验,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带上分,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带大家上分,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带你上分,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带大家打,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带你打,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带大家玩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带你玩,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带飞,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带打,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '免费带练,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不需要任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没有任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不收任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '无任何费用,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一趟,per-month' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '小,pay-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '路子野,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我有路子,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '给你路子,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '赚大钱,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
