-- Spam and a false positive a helper found (issue 17, session 28), as rows of the cue file.
-- Everyday phrases holding the one-character trade word 出 (出去, 出来, 出门): "回家我出去一下，带你去吃饭"
-- paired 出 with the private-chat ask 带你 as a trade offer; inside an everyday phrase no cue counts.
-- Quantities passed over between a deal word and its account (deal-filler: 各类, 各种, 大量, 批量, 一批,
-- 所有), so 收购各类QQ号 and 回收各种微信号 are account trading as 收购QQ号 is; only these, so
-- 批发水果，微信号发你 stays a fruit seller. A row already written is not added twice; the file gets one
-- new version, appended to its latest; a new database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '出去,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出去,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出来,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出来,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出门,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出门,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '各类,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '各类,deal-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '各种,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '各种,deal-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '大量,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '大量,deal-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '批量,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '批量,deal-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一批,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一批,deal-filler' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '所有,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '所有,deal-filler' ELSE '' END,
       'system',
       '出去, 出来, 出门 as everyday phrases; 各类, 各种, 大量… passed over between a deal word and its account',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '出去,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出来,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出门,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '各类,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '各种,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '大量,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '批量,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一批,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '所有,deal-filler' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
