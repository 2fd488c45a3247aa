-- The receiving dock's record of a shipment: date, net weight on our scale, remark, who recorded it.
ALTER TABLE ship_notice ADD COLUMN received_on DATE;
ALTER TABLE ship_notice ADD COLUMN received_net_weight NUMERIC(19,4);
ALTER TABLE ship_notice ADD COLUMN received_net_weight_unit VARCHAR(16);
ALTER TABLE ship_notice ADD COLUMN receipt_note VARCHAR(1000);
ALTER TABLE ship_notice ADD COLUMN received_by VARCHAR(100);

-- Lists filter and sort by these.
CREATE INDEX ix_ship_notice_status ON ship_notice (status, shipped_at);
CREATE INDEX ix_invoice_date ON invoice (invoice_date, id);
CREATE INDEX ix_purchase_order_status ON purchase_order (status, order_date);
