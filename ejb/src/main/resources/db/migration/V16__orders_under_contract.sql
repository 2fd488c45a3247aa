-- Whether every line a customer orders from the hub must fall under an active contract for its material on the order
-- date (issue 12: an 850 line without one is refused in the 855 with the reason). Off for every existing partner.
ALTER TABLE trading_partner ADD COLUMN orders_under_contract BOOLEAN DEFAULT FALSE NOT NULL;
