-- Bulk data for the finance benchmarks (issue 11), on top of perf/generate-data.sql (which calls this script at its end;
-- it can also be re-run alone). Every generated order that has shipped (PARTIALLY_SHIPPED, SHIPPED, INVOICED, CLOSED:
-- 100,000 orders of 2 lines) came on five trucks: per truck a ship notice with its shipment order, one lot and item
-- per PO line, one receipt per item, and one invoice of 2 lines naming the truck's bill of lading whose lines
-- billed that truck's receipts (receipt allocations) with the three-way match recorded (V11 columns):
--   500,000 ship notices, 1,000,000 lots, items and receipts, 500,000 invoices, 1,000,000 invoice lines and allocations.
-- Outcomes: about 80 % MATCHED and approved, 12 % WITHIN_TOLERANCE and approved (the truck arrived 1.5 % short),
-- 4 % price above contract (EXCEPTION while younger than 180 days, older ones approved by finance with a reason),
-- 1 % HELD, 1 % DISPUTED, the rest MATCHED. Spread over two years between the demo partners like the orders.
-- Plus 2,000 bench orders (AE-PO-B000001.., the hub buys electrode scrap from SKBA on its demo contract) of 20 lines,
-- shipped and received but not invoiced: perf/FinanceBench.java invoices them with 20-line 810s.
-- Generated ids start at 10,000,000. Re-running it replaces the generated rows (and what the benchmark recorded
-- against the generated orders).
\set ON_ERROR_STOP on
\timing on

-- what the benchmarks recorded against generated orders (ids from the sequences), then the generated rows
DROP TABLE IF EXISTS gen_invoice;
CREATE TEMP TABLE gen_invoice AS SELECT id FROM invoice WHERE id >= 10000000 OR purchase_order_id >= 10000000;
DROP TABLE IF EXISTS gen_notice;
CREATE TEMP TABLE gen_notice AS SELECT id FROM ship_notice WHERE id >= 10000000
    OR id IN (SELECT ship_notice_id FROM shipment_order WHERE purchase_order_id >= 10000000);
-- (two statements, not one with OR: PostgreSQL would run the subqueries once per row)
DELETE FROM receipt_allocation a USING invoice_line l, gen_invoice g WHERE l.id = a.invoice_line_id AND g.id = l.invoice_id;
DELETE FROM receipt_allocation a USING lot_receipt r, gen_notice g WHERE r.id = a.lot_receipt_id AND g.id = r.ship_notice_id;
DELETE FROM invoice_line WHERE invoice_id IN (SELECT id FROM gen_invoice);
DELETE FROM invoice_shipment_reference WHERE invoice_id IN (SELECT id FROM gen_invoice);
DELETE FROM invoice WHERE id IN (SELECT id FROM gen_invoice);
DELETE FROM lot_receipt WHERE ship_notice_id IN (SELECT id FROM gen_notice);
DELETE FROM shipment_item WHERE lot_id IN (SELECT l.id FROM shipment_lot l JOIN shipment_order so ON so.id = l.shipment_order_id
    JOIN gen_notice g ON g.id = so.ship_notice_id);
DELETE FROM shipment_lot WHERE shipment_order_id IN (SELECT so.id FROM shipment_order so JOIN gen_notice g ON g.id = so.ship_notice_id);
DELETE FROM shipment_order WHERE ship_notice_id IN (SELECT id FROM gen_notice);
DELETE FROM ship_notice WHERE id IN (SELECT id FROM gen_notice);
UPDATE interchange_document SET purchase_order_id = NULL WHERE purchase_order_id >= 10500000;
DELETE FROM purchase_order_status_change WHERE purchase_order_id >= 10500000;
DELETE FROM purchase_order_line WHERE purchase_order_id >= 10500000;
DELETE FROM purchase_order WHERE id >= 10500000;

-- perf/generate-data.sql includes this script with finance_delete_only set before it replaces the orders
\if :{?finance_delete_only}
\else

DROP TABLE IF EXISTS fin_parties;
CREATE TEMP TABLE fin_parties AS
SELECT (SELECT id FROM trading_partner WHERE code = 'ASCEND') AS hub,
       (SELECT id FROM trading_partner WHERE code = 'ECOPRO') AS ecopro,
       (SELECT id FROM trading_partner WHERE code = 'SKBA') AS skba,
       (SELECT id FROM trading_partner WHERE code = 'PIEDMONT') AS piedmont,
       (SELECT id FROM material WHERE code = 'ES-NMC-AL') AS scrap,
       (SELECT c.id FROM contract c JOIN trading_partner s ON s.id = c.seller_id WHERE s.code = 'SKBA' ORDER BY c.id LIMIT 1) AS skba_contract;

-- one row per truck (g: the generated order, t: the truck 1..5) with what perf/generate-data.sql gave the order
DROP TABLE IF EXISTS truck;
CREATE TEMP TABLE truck AS
SELECT o.id AS po_id, o.po_number, o.seller_id, o.buyer_id, o.order_date, g, t,
       10000000 + g * 5 + t AS sn_id,
       o.order_date + 2 + t * 3 AS shipped_on,
       o.order_date + 4 + t * 3 AS received_on,
       o.order_date + 7 + t * 3 AS invoice_date,
       (g * 7 + t * 13) % 100 AS h
FROM purchase_order o, generate_series(1, 5) t, LATERAL (SELECT (o.id - 10000000)::int AS g) x
WHERE o.id > 10000000 AND o.id < 10500000 AND o.status IN ('PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED');

-- one row per truck and PO line: a fifth of the line; short by 1.5 % on the trucks billed within tolerance
DROP TABLE IF EXISTS truck_line;
CREATE TEMP TABLE truck_line AS
SELECT tr.*, l.line_number, l.material_id, l.unit_price,
       (tr.sn_id - 10000000) * 2 + l.line_number::int + 10000000 AS item_id,
       round(l.quantity / 5, 4) AS shipped,
       CASE WHEN tr.h BETWEEN 80 AND 91 THEN round(l.quantity / 5 * 0.985, 4) ELSE round(l.quantity / 5, 4) END AS received,
       l.quantity AS ordered
FROM truck tr JOIN purchase_order_line l ON l.purchase_order_id = tr.po_id;

INSERT INTO ship_notice (id, version, shipment_id, shipper_id, receiver_id, shipped_at, expected_delivery_date, carrier_scac,
                         carrier_name, transport_mode, bill_of_lading, gross_weight, gross_weight_unit, net_weight, net_weight_unit,
                         tare_weight, tare_weight_unit, status, received_on)
SELECT tr.sn_id, 0, 'GSH-' || tr.g || '-' || tr.t, tr.seller_id, tr.buyer_id, (tr.shipped_on + time '09:00') AT TIME ZONE 'UTC',
       tr.received_on, 'ODFL', 'Old Dominion', 'M', 'GBL-' || tr.g || '-' || tr.t,
       s.net + 900, 'KILOGRAM', s.net, 'KILOGRAM', 900, 'KILOGRAM', 'RECEIVED', tr.received_on
FROM truck tr JOIN (SELECT sn_id, sum(shipped) AS net FROM truck_line GROUP BY sn_id) s ON s.sn_id = tr.sn_id;

INSERT INTO shipment_order (id, ship_notice_id, list_index, po_number, purchase_order_id)
SELECT sn_id, sn_id, 0, po_number, po_id FROM truck;

INSERT INTO shipment_lot (id, shipment_order_id, list_index, lot_number, package_count, packaging_code, gross_weight,
                          gross_weight_unit, net_weight, net_weight_unit, tare_weight, tare_weight_unit)
SELECT item_id, sn_id, line_number::int - 1, 'GL-' || g || '-' || t || '-' || line_number, 20, 'BOX', shipped + 450, 'KILOGRAM',
       shipped, 'KILOGRAM', 450, 'KILOGRAM'
FROM truck_line;

INSERT INTO shipment_item (id, lot_id, list_index, po_line_number, material_id, quantity, unit)
SELECT item_id, item_id, 0, line_number, material_id, shipped, 'KILOGRAM' FROM truck_line;

INSERT INTO lot_receipt (id, ship_notice_id, item_id, received_on, delivery_reference, received_quantity, received_unit,
                         delivery_completed, received_by, recorded_at)
SELECT item_id, sn_id, item_id, received_on, 'TRUCK-' || g || '-' || t, received, 'KILOGRAM', true, 'generator',
       (received_on + time '15:00') AT TIME ZONE 'UTC'
FROM truck_line;

-- h: 0-79 and 98-99 matched, 80-91 within tolerance, 92-95 price above contract, 96 held, 97 disputed
INSERT INTO invoice (id, version, invoice_number, seller_id, buyer_id, po_number, purchase_order_id, invoice_date, invoice_type,
                     currency, status, match_status, matched_at, decision_reason, decided_by, decided_at)
SELECT sn_id, 0, 'GINV-' || g || '-' || t, seller_id, buyer_id, po_number, po_id, invoice_date, 'COMMERCIAL', 'USD',
       CASE WHEN h BETWEEN 92 AND 95 AND invoice_date >= current_date - 180 THEN 'EXCEPTION'
            WHEN h = 96 THEN 'HELD' WHEN h = 97 THEN 'DISPUTED' ELSE 'APPROVED' END,
       CASE WHEN h BETWEEN 80 AND 91 THEN 'WITHIN_TOLERANCE' WHEN h BETWEEN 92 AND 97 THEN 'EXCEPTION' ELSE 'MATCHED' END,
       (invoice_date + time '06:00') AT TIME ZONE 'UTC',
       CASE WHEN h BETWEEN 92 AND 95 AND invoice_date < current_date - 180 THEN 'Price agreed with the supplier'
            WHEN h = 96 THEN 'Waiting for the assay' WHEN h = 97 THEN 'Price not on contract' END,
       CASE WHEN h BETWEEN 92 AND 97 AND NOT (h BETWEEN 92 AND 95 AND invoice_date >= current_date - 180) THEN 'finance' END,
       CASE WHEN h BETWEEN 92 AND 97 AND NOT (h BETWEEN 92 AND 95 AND invoice_date >= current_date - 180)
            THEN (invoice_date + 2 + time '10:00') AT TIME ZONE 'UTC' END
FROM truck;

INSERT INTO invoice_shipment_reference (invoice_id, reference)
SELECT sn_id, 'GBL-' || g || '-' || t FROM truck;

INSERT INTO invoice_line (id, invoice_id, line_number, po_line_number, material_id, quantity, unit, unit_price, currency, price_unit,
                          match_status, match_reasons, match_unit, ordered_quantity, shipped_quantity, received_quantity,
                          invoiced_before_quantity, matched_quantity, contract_price, invoice_price, amount_difference)
SELECT item_id, sn_id, line_number, line_number, material_id, shipped, 'KILOGRAM',
       CASE WHEN h BETWEEN 92 AND 97 THEN unit_price * 1.05 ELSE unit_price END, 'USD', 'KILOGRAM',
       CASE WHEN h BETWEEN 80 AND 91 THEN 'WITHIN_TOLERANCE' WHEN h BETWEEN 92 AND 97 THEN 'EXCEPTION' ELSE 'MATCHED' END,
       CASE WHEN h BETWEEN 80 AND 91 THEN 'QUANTITY_ABOVE_RECEIVED' WHEN h BETWEEN 92 AND 97 THEN 'PRICE_ABOVE_CONTRACT' ELSE '' END,
       'KILOGRAM', ordered, shipped * t, received, shipped * (t - 1), received, unit_price,
       CASE WHEN h BETWEEN 92 AND 97 THEN unit_price * 1.05 ELSE unit_price END,
       CASE WHEN h BETWEEN 80 AND 91 THEN round((shipped - received) * unit_price, 4)
            WHEN h BETWEEN 92 AND 97 THEN round(shipped * unit_price * 0.05, 4) ELSE 0 END
FROM truck_line;

INSERT INTO receipt_allocation (id, invoice_line_id, lot_receipt_id, quantity, unit)
SELECT item_id, item_id, item_id, received, 'KILOGRAM' FROM truck_line;

-- the bench orders: 20 lines of 20 t each, half shipped on one truck (20 lots) and received, nothing invoiced yet
INSERT INTO purchase_order (id, version, po_number, buyer_id, seller_id, contract_id, order_date, currency, status)
SELECT 10500000 + b, 0, 'AE-PO-B' || lpad(b::text, 6, '0'), p.hub, p.skba, p.skba_contract, current_date - 20, 'USD', 'PARTIALLY_SHIPPED'
FROM generate_series(1, 2000) b, fin_parties p;
INSERT INTO purchase_order_line (id, purchase_order_id, line_number, material_id, quantity, unit, unit_price, currency,
                                 price_unit, requested_ship_date, requested_delivery_date, status)
SELECT 10600000 + b * 20 + l, 10500000 + b, l::text, p.scrap, 20000, 'KILOGRAM', 3.10, 'USD', 'KILOGRAM',
       current_date - 10, current_date - 8, 'ACCEPTED'
FROM generate_series(1, 2000) b, generate_series(1, 20) l, fin_parties p;
INSERT INTO purchase_order_status_change (purchase_order_id, list_index, changed_at, from_status, to_status, changed_by, reason)
SELECT 10500000 + b, 0, (current_date - 20)::timestamp AT TIME ZONE 'UTC', NULL, 'OPEN', 'generator', NULL
FROM generate_series(1, 2000) b;
INSERT INTO ship_notice (id, version, shipment_id, shipper_id, receiver_id, shipped_at, expected_delivery_date, carrier_scac,
                         carrier_name, transport_mode, bill_of_lading, gross_weight, gross_weight_unit, net_weight, net_weight_unit,
                         tare_weight, tare_weight_unit, status, received_on)
SELECT 13000000 + b, 0, 'BSH-' || b, p.skba, p.hub, (current_date - 9 + time '09:00') AT TIME ZONE 'UTC', current_date - 7,
       'ODFL', 'Old Dominion', 'M', 'BBL-' || b, 209000, 'KILOGRAM', 200000, 'KILOGRAM', 9000, 'KILOGRAM', 'RECEIVED', current_date - 7
FROM generate_series(1, 2000) b, fin_parties p;
INSERT INTO shipment_order (id, ship_notice_id, list_index, po_number, purchase_order_id)
SELECT 13000000 + b, 13000000 + b, 0, 'AE-PO-B' || lpad(b::text, 6, '0'), 10500000 + b FROM generate_series(1, 2000) b;
INSERT INTO shipment_lot (id, shipment_order_id, list_index, lot_number, package_count, packaging_code, gross_weight,
                          gross_weight_unit, net_weight, net_weight_unit, tare_weight, tare_weight_unit)
SELECT 13100000 + b * 20 + l, 13000000 + b, l - 1, 'BL-' || b || '-' || l, 10, 'BOX', 10450, 'KILOGRAM', 10000, 'KILOGRAM', 450, 'KILOGRAM'
FROM generate_series(1, 2000) b, generate_series(1, 20) l;
INSERT INTO shipment_item (id, lot_id, list_index, po_line_number, material_id, quantity, unit)
SELECT 13100000 + b * 20 + l, 13100000 + b * 20 + l, 0, l::text, p.scrap, 10000, 'KILOGRAM'
FROM generate_series(1, 2000) b, generate_series(1, 20) l, fin_parties p;
INSERT INTO lot_receipt (id, ship_notice_id, item_id, received_on, delivery_reference, received_quantity, received_unit,
                         delivery_completed, received_by, recorded_at)
SELECT 13100000 + b * 20 + l, 13000000 + b, 13100000 + b * 20 + l, current_date - 7, 'BTRUCK-' || b, 10000, 'KILOGRAM', true,
       'generator', (current_date - 7 + time '15:00') AT TIME ZONE 'UTC'
FROM generate_series(1, 2000) b, generate_series(1, 20) l;

-- the running totals of PO lines (V18, line_figures) are the portal's own to work out: its backfill
-- (reconciliation.LineFiguresBackfill) starts again from the first order within a minute and logs when it is done
DELETE FROM line_figures WHERE purchase_order_id >= 10000000;
UPDATE line_figures_backfill SET complete = false, last_order_id = 0;

-- a re-run leaves as many dead rows as live ones: without this vacuum the next benchmark reads tables twice their size
-- (measured: the reconciliation 16 s instead of 5 s) while autovacuum competes with it
VACUUM (ANALYZE) ship_notice, shipment_order, shipment_lot, shipment_item, lot_receipt, invoice, invoice_shipment_reference,
    invoice_line, receipt_allocation, purchase_order, purchase_order_line, purchase_order_status_change;
SELECT (SELECT count(*) FROM invoice) AS invoices, (SELECT count(*) FROM invoice_line) AS invoice_lines,
       (SELECT count(*) FROM lot_receipt) AS lot_receipts, (SELECT count(*) FROM receipt_allocation) AS allocations,
       (SELECT count(*) FROM invoice WHERE status = 'EXCEPTION') AS exceptions;
\endif
