-- Running totals per PO line for the reconciliation (issue 11, performance): what shipped, arrived, was invoiced and
-- approved of each line, in the line's unit and the order's currency, kept by the writers of ship notices, receipts and
-- invoices (reconciliation.RunningTotals), so that a partner's year is read from its PO lines instead of joining
-- millions of lots, receipts and invoice lines. A line without a row has none of them yet.
CREATE TABLE line_figures (
    purchase_order_line_id BIGINT        NOT NULL PRIMARY KEY REFERENCES purchase_order_line (id) ON DELETE CASCADE,
    purchase_order_id      BIGINT        NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    shipped                NUMERIC(19,4) NOT NULL,
    received               NUMERIC(19,4) NOT NULL,
    invoiced               NUMERIC(19,4) NOT NULL,
    approved               NUMERIC(19,4) NOT NULL,
    invoiced_amount        NUMERIC(19,4) NOT NULL,
    approved_amount        NUMERIC(19,4) NOT NULL
);
CREATE INDEX ix_line_figures_order ON line_figures (purchase_order_id);

-- Orders that existed before this version get their figures from a backfill the portal runs in batches after start
-- (reconciliation.LineFiguresBackfill); until it is complete the reconciliation works them out from the documents.
CREATE TABLE line_figures_backfill (
    id            INTEGER NOT NULL PRIMARY KEY,
    last_order_id BIGINT  NOT NULL,
    complete      BOOLEAN NOT NULL
);
INSERT INTO line_figures_backfill (id, last_order_id, complete)
SELECT 1, 0, CASE WHEN EXISTS (SELECT 1 FROM purchase_order) THEN FALSE ELSE TRUE END;
