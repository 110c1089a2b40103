-- In the SQL H2 2.x and PostgreSQL 15 both accept (VARCHAR, not TEXT), as V1 explains.
-- What the engine itself writes for a person to read is kept in Chinese beside the English: why a
-- red envelope was refused, why a webhook delivery failed, and the comment on an audit entry the
-- engine wrote. Rows written before keep their English only (NULL here); readers then see it.
ALTER TABLE qf_red_envelope ADD COLUMN refusal_zh VARCHAR(2000);
ALTER TABLE qf_webhook_delivery ADD COLUMN last_error_zh VARCHAR(2000);
ALTER TABLE qf_audit ADD COLUMN comment_zh VARCHAR(2000);
