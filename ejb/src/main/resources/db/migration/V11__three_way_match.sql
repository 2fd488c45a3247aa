-- Three-way match (issue 11): each invoice line against its PO line, the shipped items and the receipts it bills.
-- The invoice keeps the shipment references it names (bill of lading, shipment id, lot, delivery), the outcome of its
-- match (the worst of its lines) and finance's decision; each line keeps its outcome with the figures compared (in the
-- PO line's unit and price unit) and what it took from each receipt, so that no receipt is billed twice.
ALTER TABLE invoice ADD COLUMN match_status VARCHAR(20);
ALTER TABLE invoice ADD COLUMN matched_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE invoice ADD COLUMN decision_reason VARCHAR(500);
ALTER TABLE invoice ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE invoice ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_invoice_status ON invoice (status, invoice_date);
CREATE INDEX ix_invoice_duplicate ON invoice (seller_id, purchase_order_id, invoice_date);

CREATE TABLE invoice_shipment_reference (
    invoice_id BIGINT      NOT NULL REFERENCES invoice (id),
    reference  VARCHAR(40) NOT NULL,
    CONSTRAINT pk_invoice_shipment_reference PRIMARY KEY (invoice_id, reference)
);

ALTER TABLE invoice_line ADD COLUMN match_status VARCHAR(20);
ALTER TABLE invoice_line ADD COLUMN match_reasons VARCHAR(300);
ALTER TABLE invoice_line ADD COLUMN match_unit VARCHAR(16);
ALTER TABLE invoice_line ADD COLUMN ordered_quantity NUMERIC(19,4);
ALTER TABLE invoice_line ADD COLUMN shipped_quantity NUMERIC(19,4);
ALTER TABLE invoice_line ADD COLUMN received_quantity NUMERIC(19,4);
ALTER TABLE invoice_line ADD COLUMN invoiced_before_quantity NUMERIC(19,4);
ALTER TABLE invoice_line ADD COLUMN matched_quantity NUMERIC(19,4);
ALTER TABLE invoice_line ADD COLUMN contract_price NUMERIC(19,4);
ALTER TABLE invoice_line ADD COLUMN invoice_price NUMERIC(19,4);
ALTER TABLE invoice_line ADD COLUMN amount_difference NUMERIC(19,4);

CREATE SEQUENCE receipt_allocation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE receipt_allocation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    invoice_line_id BIGINT        NOT NULL REFERENCES invoice_line (id),
    lot_receipt_id  BIGINT        NOT NULL REFERENCES lot_receipt (id),
    quantity        NUMERIC(19,4) NOT NULL,
    unit            VARCHAR(16)   NOT NULL
);
CREATE INDEX ix_receipt_allocation_line ON receipt_allocation (invoice_line_id);
CREATE INDEX ix_receipt_allocation_receipt ON receipt_allocation (lot_receipt_id);

-- the contract's absolute amount tolerance (in the contract's currency): a difference within the percentages but above
-- this amount is still an exception; none when empty
ALTER TABLE contract ADD COLUMN amount_tolerance NUMERIC(19,4);
