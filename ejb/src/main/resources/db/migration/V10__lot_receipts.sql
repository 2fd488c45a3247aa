-- Receipts per ship-notice item (a lot's material against one PO line) and delivery: a multi-truck lot arrives in
-- parts. Received and rejected quantities in the item's unit; wet weight, moisture and the dry weight they give for
-- material sold dry. The three-way match reads the receipts an invoice bills.
CREATE SEQUENCE lot_receipt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE lot_receipt (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    ship_notice_id     BIGINT                   NOT NULL REFERENCES ship_notice (id),
    item_id            BIGINT                   NOT NULL REFERENCES shipment_item (id),
    received_on        DATE                     NOT NULL,
    delivery_reference VARCHAR(40),
    received_quantity  NUMERIC(19,4)            NOT NULL,
    received_unit      VARCHAR(16)              NOT NULL,
    rejected_quantity  NUMERIC(19,4),
    rejected_unit      VARCHAR(16),
    rejection_reason   VARCHAR(500),
    wet_weight         NUMERIC(19,4),
    wet_weight_unit    VARCHAR(16),
    moisture_percent   NUMERIC(7,4),
    dry_weight         NUMERIC(19,4),
    dry_weight_unit    VARCHAR(16),
    delivery_completed BOOLEAN                  NOT NULL,
    received_by        VARCHAR(100)             NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_lot_receipt_ship_notice ON lot_receipt (ship_notice_id, id);
CREATE INDEX ix_lot_receipt_item ON lot_receipt (item_id);
