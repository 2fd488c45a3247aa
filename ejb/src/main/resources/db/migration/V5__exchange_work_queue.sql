-- The exchange engine's durable work queue: one job per interchange and kind (process an inbound file, deliver an
-- outbound one). A node claims a job by a conditional update of its version; the job's effects and its completion
-- commit together, so a job survives a node crash (its lease runs out and another claim takes it) and never runs
-- to completion twice.
CREATE SEQUENCE exchange_job_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE exchange_job (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    version        BIGINT                   NOT NULL,
    kind           VARCHAR(20)              NOT NULL,
    interchange_id BIGINT                   NOT NULL REFERENCES interchange (id),
    state          VARCHAR(20)              NOT NULL,
    attempts       INTEGER                  NOT NULL,
    run_after      TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until    TIMESTAMP WITH TIME ZONE,
    claimed_by     VARCHAR(100),
    last_error     VARCHAR(2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_exchange_job UNIQUE (kind, interchange_id)
);
CREATE INDEX ix_exchange_job_due ON exchange_job (state, run_after);

-- Who handed the file in (the partner behind the uploading user, API token or AS2 identity): its ISA sender must be
-- that partner.
ALTER TABLE interchange ADD COLUMN submitted_by_partner_id BIGINT REFERENCES trading_partner (id);

-- An outbound interchange handed to a transport that confirms later (an asynchronous AS2 MDN): the message id the
-- confirmation will carry.
ALTER TABLE interchange ADD COLUMN delivery_message_id VARCHAR(255);
CREATE INDEX ix_interchange_delivery_message ON interchange (delivery_message_id);

-- Each functional group we send waits for the partner's 997.
CREATE SEQUENCE outbound_group_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbound_group (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    version                BIGINT                   NOT NULL,
    interchange_id         BIGINT                   NOT NULL REFERENCES interchange (id),
    partner_id             BIGINT                   NOT NULL REFERENCES trading_partner (id),
    functional_id          VARCHAR(2)               NOT NULL,
    group_control_number   VARCHAR(9)               NOT NULL,
    transaction_set_count  INTEGER                  NOT NULL,
    document_summary       VARCHAR(200),
    expected_by            TIMESTAMP WITH TIME ZONE,
    ack_status             VARCHAR(30)              NOT NULL,
    ack_code               VARCHAR(1),
    ack_detail             VARCHAR(2000),
    ack_interchange_id     BIGINT                   REFERENCES interchange (id),
    acknowledged_at        TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_outbound_group UNIQUE (partner_id, group_control_number)
);
CREATE INDEX ix_outbound_group_waiting ON outbound_group (ack_status, expected_by);
CREATE INDEX ix_outbound_group_interchange ON outbound_group (interchange_id);

-- A trading partner's acknowledgment settings: whether we answer its groups with 997s, whether it answers ours,
-- and how long we wait for its 997 before the group is overdue.
ALTER TABLE trading_partner ADD COLUMN send_acknowledgments BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN expect_acknowledgments BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE trading_partner ADD COLUMN acknowledgment_window_hours INTEGER DEFAULT 24 NOT NULL;

-- API tokens for partners' systems and scripts: a token acts as its portal user (roles, partner). Only a SHA-256
-- hash is kept (tokens are 256 random bits, shown once); a rotation issues a new token and revokes the old one.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    user_id    BIGINT                   NOT NULL REFERENCES portal_user (id),
    label      VARCHAR(100)             NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    token_hint VARCHAR(12)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100)             NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);

-- The business documents in an interchange (one per transaction set: the PO number of an 850 or 855, ...), so that
-- a purchase order lists its EDI documents and the EDI monitor finds interchanges by PO number.
CREATE SEQUENCE interchange_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE interchange_document (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    interchange_id     BIGINT      NOT NULL REFERENCES interchange (id),
    transaction_set    VARCHAR(6)  NOT NULL,
    set_control_number VARCHAR(9),
    document_number    VARCHAR(50) NOT NULL,
    purchase_order_id  BIGINT      REFERENCES purchase_order (id)
);
CREATE INDEX ix_interchange_document_interchange ON interchange_document (interchange_id);
CREATE INDEX ix_interchange_document_number ON interchange_document (document_number);
CREATE INDEX ix_interchange_document_order ON interchange_document (purchase_order_id);
