-- An API token may be issued with an expiry (issue 13 item 12); null: valid until revoked.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
