-- How many times the buyer has changed an order (issue 12 item 3): the number of its latest change, BCH05 of the 860.
ALTER TABLE purchase_order ADD COLUMN change_count INTEGER DEFAULT 0 NOT NULL;
