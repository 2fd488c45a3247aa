-- The Content-Transfer-Encoding of the AS2 messages we send a partner (issue 10): BINARY, the AS2 norm, or BASE64 for
-- products that read the HTTP body as text (libas2 0.8.2 cannot decrypt a binary body).
ALTER TABLE trading_partner ADD COLUMN as2_transfer_encoding VARCHAR(10) DEFAULT 'BINARY' NOT NULL;
