-- AS2 in the trading partner profile: the partner's AS2 identity and URL, what its messages must be (signed,
-- encrypted, compressed), how it wants its receipts (MDN synchronous or asynchronous, signed or not) and the
-- algorithms. A partner without an AS2 identity does not trade over AS2.
ALTER TABLE trading_partner ADD COLUMN as2_id VARCHAR(128);
ALTER TABLE trading_partner ADD COLUMN as2_url VARCHAR(500);
ALTER TABLE trading_partner ADD COLUMN as2_require_signed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_require_encrypted BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_compress BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_mdn_mode VARCHAR(10) DEFAULT 'SYNC' NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_mdn_signed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_sign_algorithm VARCHAR(20) DEFAULT 'sha-256' NOT NULL;
ALTER TABLE trading_partner ADD COLUMN as2_encrypt_algorithm VARCHAR(20) DEFAULT 'aes256-cbc' NOT NULL;
CREATE UNIQUE INDEX uq_trading_partner_as2_id ON trading_partner (as2_id);

-- A partner's certificates (imported from PEM or DER): the newest valid one verifies its signatures and encrypts
-- what we send it. Expiry is queried for the administrators' warning.
CREATE SEQUENCE partner_certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE partner_certificate (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    partner_id    BIGINT                   NOT NULL REFERENCES trading_partner (id),
    subject       VARCHAR(1000)            NOT NULL,
    issuer        VARCHAR(1000)            NOT NULL,
    serial_number VARCHAR(100)             NOT NULL,
    not_before    TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after     TIMESTAMP WITH TIME ZONE NOT NULL,
    fingerprint   VARCHAR(64)              NOT NULL,
    encoded       BYTEA                    NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by   VARCHAR(100),
    CONSTRAINT uq_partner_certificate UNIQUE (partner_id, fingerprint)
);
CREATE INDEX ix_partner_certificate_expiry ON partner_certificate (not_after);

-- Every AS2 message we sent with an asynchronous MDN, recorded before it left, with the MIC its receipt must return;
-- the receipt (checked) is kept here too, also when it arrives before the delivery was marked as awaiting it.
CREATE TABLE as2_outbound_message (
    message_id     VARCHAR(255)             NOT NULL PRIMARY KEY,
    interchange_id BIGINT                   NOT NULL REFERENCES interchange (id),
    partner_id     BIGINT                   NOT NULL REFERENCES trading_partner (id),
    mic            VARCHAR(200),
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    mdn_at         TIMESTAMP WITH TIME ZONE,
    mdn_positive   BOOLEAN,
    mdn_detail     VARCHAR(2000)
);
