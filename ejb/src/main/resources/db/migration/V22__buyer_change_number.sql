-- The buyer's own number of its latest change applied by EDI (BCH05 of its 860): an older change that arrives late is
-- refused instead of overwriting a newer one (issue 12 item 3).
ALTER TABLE purchase_order ADD COLUMN buyer_change_number VARCHAR(8);
