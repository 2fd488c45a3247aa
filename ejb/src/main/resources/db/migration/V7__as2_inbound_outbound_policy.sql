-- AS2 profile: what we require of a partner's messages apart from what we send it. Existing profiles keep their
-- behaviour: what we send stays signed / encrypted exactly when the profile required it; a profile that chose an
-- AES-GCM algorithm keeps it (its partner evidently decrypts GCM). New: the weakest inbound signature digest and
-- cipher accepted (below them a message gets a negative MDN), and the extra host:port pairs its asynchronous MDN
-- requests may name besides the host and port of its AS2 URL.
ALTER TABLE trading_partner ADD COLUMN as2_sign_outbound BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_encrypt_outbound BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_min_sign_algorithm VARCHAR(20) DEFAULT 'sha-256' NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_min_encrypt_algorithm VARCHAR(20) DEFAULT 'aes128-cbc' NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_gcm_supported BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_mdn_hosts VARCHAR(1000);
UPDATE trading_partner SET as2_sign_outbound = as2_require_signed, as2_encrypt_outbound = as2_require_encrypted;
UPDATE trading_partner SET as2_gcm_supported = TRUE WHERE as2_encrypt_algorithm LIKE '%-gcm';
-- a profile that chose SHA-1 or 3DES for what we send evidently trades with a partner using them: not refused now
UPDATE trading_partner SET as2_min_sign_algorithm = 'sha-1' WHERE as2_sign_algorithm = 'sha-1';
UPDATE trading_partner SET as2_min_encrypt_algorithm = '3des' WHERE as2_encrypt_algorithm = '3des';
