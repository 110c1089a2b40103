-- Warnings and carriers' offers found by the final everyday probe of session 33 (issue 17): a warning that names
-- a listed fraud (别碰网贷, 银行卡出租是违法) is an everyday phrase, and 元话费 and 元流量 count no money, so a
-- carrier's top-up bonus paid in phone credit (存100送38元话费) is no casino's deposit bonus. A row already written
-- is not added twice. The cue file gets one new version, appended to its latest; a new database seeds the shipped
-- file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '别碰网贷,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别碰网贷,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要碰网贷,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要碰网贷,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '远离网贷,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '远离网贷,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡出租是违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行卡出租是违法,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出租银行卡是违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出租银行卡是违法,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出租银行卡违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出租银行卡违法,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '银行卡出租违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '银行卡出租违法,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不要出租银行卡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不要出租银行卡,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '别出租银行卡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '别出租银行卡,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出租银行卡是犯罪,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出租银行卡是犯罪,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '元话费,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '元话费,not-money' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '元流量,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '元流量,not-money' ELSE '' END,
       'system',
       '别碰网贷, 银行卡出租是违法… (everyday); 元话费, 元流量 (not-money)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '别碰网贷,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要碰网贷,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '远离网贷,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行卡出租是违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出租银行卡是违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出租银行卡违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '银行卡出租违法,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不要出租银行卡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '别出租银行卡,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出租银行卡是犯罪,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '元话费,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '元流量,not-money' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
