-- Finance at volume (issue 11, measured with perf/generate-data.sql: 1,000,000 invoice lines).
-- The three-way match looks for a duplicate by seller, PO number and invoice date; without this index PostgreSQL read
-- every invoice of that date.
CREATE INDEX ix_invoice_seller_po_number ON invoice (seller_id, po_number, invoice_date);
