-- Kidnapping and parcel scripts the moderation still missed on the TeleAntiFraud dev half (fraud
-- scripts, issue 17). The ransom detector reads more ways a caller says someone is held (被人绑架,
-- 坏人扣留, 坏人扣着, 混混抓走, 人带走了, 我们暂时扣留) and more demands and threats (对他不利, 有生命危险,
-- 保证他的安全, 按照我说的做, 放了他), with the everyday phrases 没有生命危险, 不会有生命危险, 无生命危险
-- and 脱离生命危险 that hold one; the account-alert detector the reader's parcel (您的包裹), contraband
-- found in it (违禁品, 可疑物品) and an ask to help an investigation (配合调查); the promised-return
-- detector a return called high without a figure (非常高, 相当可观, 远超) and the investment pitch it
-- counts with (投资项目, 投资机会, 投资计划). A row already written is
-- not added twice. The cue file gets one new version, appended to its latest; a new database seeds the
-- shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '被人绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被人绑架,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不明分子绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不明分子绑架,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '遭到了绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '遭到了绑架,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '遭到绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '遭到绑架,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被绑匪,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被绑匪,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '坏人扣留,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '坏人扣留,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '坏人扣押,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '坏人扣押,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '坏人扣着,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '坏人扣着,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '坏人控制,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '坏人控制,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '坏人抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '坏人抓走,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '混混抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '混混抓走,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '混混给抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '混混给抓走,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被几个人抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被几个人抓走,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我们暂时扣留,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我们暂时扣留,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '人带走了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '人带走了,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '给带走了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '给带走了,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对他不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对他不利,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对她不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对她不利,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对你儿子不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对你儿子不利,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '对您儿子不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '对您儿子不利,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有生命危险,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有生命危险,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '保证他的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '保证他的安全,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '确保他的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '确保他的安全,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '保证他们的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '保证他们的安全,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '确保他们的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '确保他们的安全,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '让他受到伤害,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '让他受到伤害,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '按照我说的做,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '按照我说的做,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '按照我说的去做,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '按照我说的去做,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '放了他,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '放了他,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '没有生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '没有生命危险,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不会有生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不会有生命危险,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '无生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '无生命危险,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '脱离生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '脱离生命危险,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的包裹,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '你的包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '你的包裹,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您有一个包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您有一个包裹,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的一个包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的一个包裹,reader-account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '违禁品,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '违禁品,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '违禁物品,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '违禁物品,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可疑物品,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可疑物品,account-alert' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配合调查,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配合调查,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配合我们调查,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配合我们调查,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配合我们进行调查,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配合我们进行调查,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '非常高,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '非常高,return-high' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '相当高,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '相当高,return-high' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '极高,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '极高,return-high' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '相当可观,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '相当可观,return-high' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '非常可观,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '非常可观,return-high' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '十分可观,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '十分可观,return-high' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '远超,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '远超,return-high' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '投资项目,investment-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '投资项目,investment-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '投资机会,investment-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '投资机会,investment-pitch' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '投资计划,investment-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '投资计划,investment-pitch' ELSE '' END,
       'system',
       'the fraud-script rows of the ransom, account-alert and promised-return detectors',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '被人绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不明分子绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '遭到了绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '遭到绑架,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被绑匪,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '坏人扣留,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '坏人扣押,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '坏人扣着,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '坏人控制,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '坏人抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '混混抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '混混给抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被几个人抓走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我们暂时扣留,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '人带走了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '给带走了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对他不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对她不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对你儿子不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '对您儿子不利,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有生命危险,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '保证他的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '确保他的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '保证他们的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '确保他们的安全,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '让他受到伤害,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '按照我说的做,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '按照我说的去做,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '放了他,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '没有生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不会有生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '无生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '脱离生命危险,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '你的包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您有一个包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的一个包裹,reader-account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '违禁品,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '违禁物品,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可疑物品,account-alert' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配合调查,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配合我们调查,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配合我们进行调查,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '非常高,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '相当高,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '极高,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '相当可观,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '非常可观,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '十分可观,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '远超,return-high' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '投资项目,investment-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '投资机会,investment-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '投资计划,investment-pitch' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
