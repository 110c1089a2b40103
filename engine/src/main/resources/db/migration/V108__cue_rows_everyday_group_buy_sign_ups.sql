-- Everyday conversations (issue 17, session 32): a member signing up for a group buy or a
-- 接龙 with 加我一个 / 加我一份 ("count me in: one"), often with the price of the order after it
-- (也加我一个，两箱，一共120元), is no private-chat ask; the cues inside these phrases (加我, 一个)
-- are not counted. 加我，一单50元 and 加我一个好友，日结300元 are still caught. A row already written
-- is not added twice. The cue file gets one new version, appended to its latest; a new database
-- seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '加我一个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加我一个,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加我一份,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加我一份,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加我两个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加我两个,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '加我两份,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '加我两份,everyday' ELSE '' END,
       'system',
       'everyday conversations: signing up for a group buy (加我一个, 加我一份)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '加我一个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加我一份,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加我两个,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '加我两份,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
