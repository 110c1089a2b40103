-- Kidnapping and parcel scripts the moderation still missed on the TeleAntiFraud dev half. The ransom
-- detector reads more ways a caller says the reader's relative is held (被我们扣了, 被我们扣住, 陌生男子带走,
-- 不明身份的人扣) and a caller's ask, after such a claim, that the reader "cooperate with our work"
-- (配合我们的工作), which is how a fake police caller opens a kidnapping story, and the rows of the new
-- kind with-caller (你儿子现在在我们这里, 家人现在在我这里: a relative said to be with a caller who introduced
-- themselves, a claim only with a demand after it that is no plain transfer); the account-alert
-- detector more asks after contraband said to be in the reader's parcel: to verify their identity with
-- the caller (核实身份, 进一步核实) or a threat to their credit record (您的信用记录). A row
-- already written is not added twice. The cue file gets one new version, appended to its latest; a new
-- database seeds the shipped file, which lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '被我们扣了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被我们扣了,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '被我们扣住,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '被我们扣住,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '陌生男子带走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '陌生男子带走,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '不明身份的人扣,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '不明身份的人扣,hostage' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '配合我们的工作,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '配合我们的工作,ransom' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '核实身份,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '核实身份,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '进一步核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '进一步核实,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '您的信用记录,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '您的信用记录,verify-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '儿子现在在我这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '儿子现在在我这里,with-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '儿子现在在我们这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '儿子现在在我们这里,with-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '女儿现在在我这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '女儿现在在我这里,with-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '女儿现在在我们这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '女儿现在在我们这里,with-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '家人现在在我这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '家人现在在我这里,with-caller' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '家人现在在我们这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '家人现在在我们这里,with-caller' ELSE '' END,
       'system',
       'the kidnap and parcel-scam rows of the ransom and account-alert detectors',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '被我们扣了,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '被我们扣住,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '陌生男子带走,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '不明身份的人扣,hostage' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '配合我们的工作,ransom' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '核实身份,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '进一步核实,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '您的信用记录,verify-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '儿子现在在我这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '儿子现在在我们这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '女儿现在在我这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '女儿现在在我们这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '家人现在在我这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '家人现在在我们这里,with-caller' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
