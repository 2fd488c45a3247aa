-- First version of the portal schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Ids come from one sequence per table, allocated by 50 (GenerationType.SEQUENCE, allocationSize = 50).

CREATE SEQUENCE trading_partner_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE material_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contract_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE purchase_order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE purchase_order_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ship_notice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE shipment_order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE shipment_lot_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE shipment_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE invoice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE invoice_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE interchange_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE portal_user_seq START WITH 50 INCREMENT BY 50;

-- partners ------------------------------------------------------------------------------------------------
CREATE TABLE trading_partner (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    version                  BIGINT       NOT NULL,
    code                     VARCHAR(20)  NOT NULL,
    name                     VARCHAR(200) NOT NULL,
    active                   BOOLEAN      NOT NULL,
    x12_qualifier            VARCHAR(2)   NOT NULL,
    x12_interchange_id       VARCHAR(15)  NOT NULL,
    x12_application_code     VARCHAR(15)  NOT NULL,
    x12_version              VARCHAR(8)   NOT NULL,
    element_separator        VARCHAR(1)   NOT NULL,
    component_separator      VARCHAR(1)   NOT NULL,
    repetition_separator     VARCHAR(1)   NOT NULL,
    segment_terminator       VARCHAR(1)   NOT NULL,
    line_break_after_segment BOOLEAN      NOT NULL,
    CONSTRAINT uq_trading_partner_code UNIQUE (code),
    CONSTRAINT uq_trading_partner_x12 UNIQUE (x12_qualifier, x12_interchange_id)
);

CREATE TABLE trading_partner_role (
    partner_id BIGINT      NOT NULL REFERENCES trading_partner (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (partner_id, role)
);

CREATE TABLE partner_contact (
    partner_id       BIGINT       NOT NULL REFERENCES trading_partner (id),
    list_index       INTEGER      NOT NULL,
    contact_function VARCHAR(40)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    email            VARCHAR(200),
    phone            VARCHAR(40),
    PRIMARY KEY (partner_id, list_index)
);

-- catalog -------------------------------------------------------------------------------------------------
CREATE TABLE material (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    code                VARCHAR(40)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    category            VARCHAR(30)   NOT NULL,
    default_unit        VARCHAR(16)   NOT NULL,
    specification       VARCHAR(2000),
    un_number           VARCHAR(6),
    hazard_class        VARCHAR(4),
    packing_instruction VARCHAR(10),
    CONSTRAINT uq_material_code UNIQUE (code)
);

-- contracts -----------------------------------------------------------------------------------------------
CREATE TABLE contract (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    contract_number        VARCHAR(40)   NOT NULL,
    buyer_id               BIGINT        NOT NULL REFERENCES trading_partner (id),
    seller_id              BIGINT        NOT NULL REFERENCES trading_partner (id),
    material_id            BIGINT        NOT NULL REFERENCES material (id),
    specification          VARCHAR(2000),
    committed_quantity     NUMERIC(19,4) NOT NULL,
    committed_unit         VARCHAR(16)   NOT NULL,
    pricing_basis          VARCHAR(20)   NOT NULL,
    unit_price             NUMERIC(19,4) NOT NULL,
    currency               VARCHAR(3)    NOT NULL,
    price_unit             VARCHAR(16)   NOT NULL,
    price_terms            VARCHAR(2000),
    quantity_tolerance_pct NUMERIC(7,4)  NOT NULL,
    price_tolerance_pct    NUMERIC(7,4)  NOT NULL,
    valid_from             DATE          NOT NULL,
    valid_to               DATE          NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    CONSTRAINT uq_contract_number UNIQUE (contract_number),
    CONSTRAINT ck_contract_period CHECK (valid_to >= valid_from)
);

-- purchasing ----------------------------------------------------------------------------------------------
CREATE TABLE purchase_order (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL,
    po_number   VARCHAR(40) NOT NULL,
    buyer_id    BIGINT      NOT NULL REFERENCES trading_partner (id),
    seller_id   BIGINT      NOT NULL REFERENCES trading_partner (id),
    contract_id BIGINT      REFERENCES contract (id),
    order_date  DATE        NOT NULL,
    currency    VARCHAR(3)  NOT NULL,
    status      VARCHAR(20) NOT NULL,
    CONSTRAINT uq_purchase_order_number UNIQUE (buyer_id, po_number)
);
CREATE INDEX ix_purchase_order_seller ON purchase_order (seller_id, order_date);
CREATE INDEX ix_purchase_order_date ON purchase_order (order_date, id);

CREATE TABLE purchase_order_line (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    purchase_order_id       BIGINT        NOT NULL REFERENCES purchase_order (id),
    line_number             VARCHAR(20)   NOT NULL,
    material_id             BIGINT        NOT NULL REFERENCES material (id),
    quantity                NUMERIC(19,4) NOT NULL,
    unit                    VARCHAR(16)   NOT NULL,
    unit_price              NUMERIC(19,4) NOT NULL,
    currency                VARCHAR(3)    NOT NULL,
    price_unit              VARCHAR(16)   NOT NULL,
    requested_ship_date     DATE,
    requested_delivery_date DATE,
    status                  VARCHAR(20)   NOT NULL,
    CONSTRAINT uq_purchase_order_line UNIQUE (purchase_order_id, line_number)
);

CREATE TABLE purchase_order_status_change (
    purchase_order_id BIGINT                   NOT NULL REFERENCES purchase_order (id),
    list_index        INTEGER                  NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status       VARCHAR(20),
    to_status         VARCHAR(20)              NOT NULL,
    changed_by        VARCHAR(100)             NOT NULL,
    reason            VARCHAR(500),
    PRIMARY KEY (purchase_order_id, list_index)
);

-- shipping ------------------------------------------------------------------------------------------------
CREATE TABLE ship_notice (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    version                BIGINT                   NOT NULL,
    shipment_id            VARCHAR(40)              NOT NULL,
    shipper_id             BIGINT                   NOT NULL REFERENCES trading_partner (id),
    receiver_id            BIGINT                   NOT NULL REFERENCES trading_partner (id),
    shipped_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expected_delivery_date DATE,
    carrier_scac           VARCHAR(4),
    carrier_name           VARCHAR(120),
    transport_mode         VARCHAR(20),
    bill_of_lading         VARCHAR(40),
    gross_weight           NUMERIC(19,4)            NOT NULL,
    gross_weight_unit      VARCHAR(16)              NOT NULL,
    net_weight             NUMERIC(19,4)            NOT NULL,
    net_weight_unit        VARCHAR(16)              NOT NULL,
    tare_weight            NUMERIC(19,4)            NOT NULL,
    tare_weight_unit       VARCHAR(16)              NOT NULL,
    status                 VARCHAR(30)              NOT NULL,
    CONSTRAINT uq_ship_notice UNIQUE (shipper_id, shipment_id)
);
CREATE INDEX ix_ship_notice_receiver ON ship_notice (receiver_id, shipped_at);

CREATE TABLE shipment_order (
    id                BIGINT      NOT NULL PRIMARY KEY,
    ship_notice_id    BIGINT      NOT NULL REFERENCES ship_notice (id),
    list_index        INTEGER,
    po_number         VARCHAR(40) NOT NULL,
    purchase_order_id BIGINT      REFERENCES purchase_order (id)
);
CREATE INDEX ix_shipment_order_notice ON shipment_order (ship_notice_id);
CREATE INDEX ix_shipment_order_po ON shipment_order (purchase_order_id);

CREATE TABLE shipment_lot (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    shipment_order_id   BIGINT        NOT NULL REFERENCES shipment_order (id),
    list_index          INTEGER,
    lot_number          VARCHAR(40)   NOT NULL,
    package_count       INTEGER       NOT NULL,
    packaging_code      VARCHAR(10),
    gross_weight        NUMERIC(19,4) NOT NULL,
    gross_weight_unit   VARCHAR(16)   NOT NULL,
    net_weight          NUMERIC(19,4) NOT NULL,
    net_weight_unit     VARCHAR(16)   NOT NULL,
    tare_weight         NUMERIC(19,4) NOT NULL,
    tare_weight_unit    VARCHAR(16)   NOT NULL,
    un_number           VARCHAR(6),
    hazard_class        VARCHAR(4),
    packing_instruction VARCHAR(10)
);
CREATE INDEX ix_shipment_lot_order ON shipment_lot (shipment_order_id);
CREATE INDEX ix_shipment_lot_number ON shipment_lot (lot_number);

CREATE TABLE shipment_item (
    id             BIGINT        NOT NULL PRIMARY KEY,
    lot_id         BIGINT        NOT NULL REFERENCES shipment_lot (id),
    list_index     INTEGER,
    po_line_number VARCHAR(20),
    material_id    BIGINT        NOT NULL REFERENCES material (id),
    quantity       NUMERIC(19,4) NOT NULL,
    unit           VARCHAR(16)   NOT NULL
);
CREATE INDEX ix_shipment_item_lot ON shipment_item (lot_id);

-- invoicing -----------------------------------------------------------------------------------------------
CREATE TABLE invoice (
    id                BIGINT      NOT NULL PRIMARY KEY,
    version           BIGINT      NOT NULL,
    invoice_number    VARCHAR(40) NOT NULL,
    seller_id         BIGINT      NOT NULL REFERENCES trading_partner (id),
    buyer_id          BIGINT      NOT NULL REFERENCES trading_partner (id),
    po_number         VARCHAR(40) NOT NULL,
    purchase_order_id BIGINT      REFERENCES purchase_order (id),
    invoice_date      DATE        NOT NULL,
    invoice_type      VARCHAR(20) NOT NULL,
    currency          VARCHAR(3)  NOT NULL,
    status            VARCHAR(20) NOT NULL,
    CONSTRAINT uq_invoice_number UNIQUE (seller_id, invoice_number)
);
CREATE INDEX ix_invoice_po ON invoice (purchase_order_id);

CREATE TABLE invoice_line (
    id             BIGINT        NOT NULL PRIMARY KEY,
    invoice_id     BIGINT        NOT NULL REFERENCES invoice (id),
    line_number    VARCHAR(20)   NOT NULL,
    po_line_number VARCHAR(20),
    material_id    BIGINT        NOT NULL REFERENCES material (id),
    quantity       NUMERIC(19,4) NOT NULL,
    unit           VARCHAR(16)   NOT NULL,
    unit_price     NUMERIC(19,4) NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    price_unit     VARCHAR(16)   NOT NULL,
    CONSTRAINT uq_invoice_line UNIQUE (invoice_id, line_number)
);

-- exchange ------------------------------------------------------------------------------------------------
CREATE TABLE interchange (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    version             BIGINT                   NOT NULL,
    direction           VARCHAR(10)              NOT NULL,
    transport           VARCHAR(20)              NOT NULL,
    file_name           VARCHAR(255),
    content_hash        VARCHAR(64)              NOT NULL,
    size_bytes          BIGINT                   NOT NULL,
    sender_qualifier    VARCHAR(2),
    sender_id           VARCHAR(15),
    receiver_qualifier  VARCHAR(2),
    receiver_id         VARCHAR(15),
    sender_partner_id   BIGINT                   REFERENCES trading_partner (id),
    receiver_partner_id BIGINT                   REFERENCES trading_partner (id),
    control_number      VARCHAR(9),
    status              VARCHAR(20)              NOT NULL,
    status_reason       VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_interchange_hash ON interchange (content_hash);
CREATE INDEX ix_interchange_control ON interchange (sender_qualifier, sender_id, control_number);
CREATE INDEX ix_interchange_created ON interchange (created_at, id);
CREATE INDEX ix_interchange_sender_partner ON interchange (sender_partner_id, created_at);
CREATE INDEX ix_interchange_receiver_partner ON interchange (receiver_partner_id, created_at);

-- Raw bytes apart from the record, so that lists never read them.
CREATE TABLE interchange_payload (
    interchange_id BIGINT NOT NULL PRIMARY KEY REFERENCES interchange (id),
    content        BYTEA  NOT NULL
);

-- identity ------------------------------------------------------------------------------------------------
CREATE TABLE portal_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    partner_id    BIGINT       REFERENCES trading_partner (id),
    enabled       BOOLEAN      NOT NULL,
    CONSTRAINT uq_portal_user_username UNIQUE (username)
);

CREATE TABLE portal_user_role (
    user_id BIGINT      NOT NULL REFERENCES portal_user (id),
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);
