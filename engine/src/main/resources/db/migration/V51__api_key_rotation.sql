-- A rotated key keeps its id (webhooks are owned per key id) and gets a new secret; this says when.
ALTER TABLE qf_api_key ADD COLUMN rotated_at TIMESTAMP WITH TIME ZONE;
