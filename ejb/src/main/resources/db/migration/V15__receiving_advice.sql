-- Whether a supplier is sent an X12 861 Receiving Advice for each receipt of its material at the hub's dock
-- (issue 11: receipts as 861s in both directions). Off for every existing partner.
ALTER TABLE trading_partner ADD COLUMN send_receiving_advice BOOLEAN DEFAULT FALSE NOT NULL;
-- The 861 (BRA01) that reported a receipt, so that a second file with the same advice is refused, not counted twice.
ALTER TABLE lot_receipt ADD COLUMN advice_reference VARCHAR(50);
