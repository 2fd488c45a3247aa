-- Bulk data for the list benchmarks: 200,000 purchase orders (400,000 lines) and 1,000,000 interchanges with
-- their raw bytes, spread over two years, between the demo partners. Run against a PostgreSQL database that the
-- portal has migrated and seeded with its demo data (bin/run-portal once). Generated ids start at 10,000,000,
-- far above what the id sequences hand out. Re-running it replaces the generated rows.
\set ON_ERROR_STOP on
\timing on

-- the finance rows (perf/generate-finance-data.sql) bill these orders: removed first
\set finance_delete_only true
\ir generate-finance-data.sql
\unset finance_delete_only

DELETE FROM interchange_payload WHERE interchange_id >= 10000000;
DELETE FROM interchange WHERE id >= 10000000;
DELETE FROM purchase_order_status_change WHERE purchase_order_id >= 10000000;
DELETE FROM purchase_order_line WHERE purchase_order_id >= 10000000;
DELETE FROM purchase_order WHERE id >= 10000000;

CREATE TEMP TABLE parties AS
SELECT (SELECT id FROM trading_partner WHERE code = 'ASCEND') AS hub,
       (SELECT id FROM trading_partner WHERE code = 'ECOPRO') AS ecopro,
       (SELECT id FROM trading_partner WHERE code = 'SKBA') AS skba,
       (SELECT id FROM trading_partner WHERE code = 'PIEDMONT') AS piedmont,
       (SELECT id FROM material WHERE code = 'CAM-NMC811') AS cam,
       (SELECT id FROM material WHERE code = 'ES-NMC-AL') AS scrap,
       (SELECT id FROM material WHERE code = 'EOL-LIB-EV') AS packs;

INSERT INTO purchase_order (id, version, po_number, buyer_id, seller_id, contract_id, order_date, currency, status)
SELECT 10000000 + g, 0,
       CASE g % 3 WHEN 0 THEN 'ECO-47' || lpad(g::text, 8, '0') ELSE 'AE-PO-9' || lpad(g::text, 7, '0') END,
       CASE g % 3 WHEN 0 THEN p.ecopro ELSE p.hub END,
       CASE g % 3 WHEN 0 THEN p.hub WHEN 1 THEN p.skba ELSE p.piedmont END,
       NULL, current_date - (g % 730), 'USD',
       (ARRAY['OPEN','ACCEPTED','CHANGED','PARTIALLY_SHIPPED','SHIPPED','INVOICED','CLOSED','REJECTED'])[1 + g % 8]
FROM generate_series(1, 200000) g, parties p;

INSERT INTO purchase_order_line (id, purchase_order_id, line_number, material_id, quantity, unit, unit_price, currency,
                                 price_unit, requested_ship_date, requested_delivery_date, status)
SELECT 10000000 + g * 2 + l, 10000000 + g, l::text,
       CASE g % 3 WHEN 0 THEN p.cam WHEN 1 THEN p.scrap ELSE p.packs END,
       1000 + (g * 37 + l * 11) % 40000, 'KILOGRAM',
       CASE g % 3 WHEN 0 THEN 28.5 WHEN 1 THEN 3.1 ELSE 0.85 END, 'USD', 'KILOGRAM',
       current_date - (g % 730) + 10, current_date - (g % 730) + 14, 'OPEN'
FROM generate_series(1, 200000) g, generate_series(1, 2) l, parties p;

INSERT INTO purchase_order_status_change (purchase_order_id, list_index, changed_at, from_status, to_status, changed_by, reason)
SELECT 10000000 + g, 0, (current_date - (g % 730))::timestamp AT TIME ZONE 'UTC', NULL, 'OPEN', 'generator', NULL
FROM generate_series(1, 200000) g;

INSERT INTO interchange (id, version, direction, transport, file_name, content_hash, size_bytes, sender_qualifier, sender_id,
                         receiver_qualifier, receiver_id, sender_partner_id, receiver_partner_id, control_number, status,
                         status_reason, created_at, updated_at)
SELECT 10000000 + g, 0,
       CASE WHEN g % 2 = 0 THEN 'INBOUND' ELSE 'OUTBOUND' END,
       (ARRAY['AS2','AS2','AS2','API_UPLOAD','PORTAL_UPLOAD'])[1 + g % 5],
       'gen-' || g || '.x12', md5(g::text) || md5((g + 1)::text), 320,
       'ZZ', CASE WHEN g % 2 = 0 THEN 'ECOPROBMUS' ELSE 'ASCENDELEMENTS' END,
       'ZZ', CASE WHEN g % 2 = 0 THEN 'ASCENDELEMENTS' ELSE 'ECOPROBMUS' END,
       CASE WHEN g % 2 = 0 THEN CASE g % 3 WHEN 0 THEN p.ecopro WHEN 1 THEN p.skba ELSE p.piedmont END ELSE p.hub END,
       CASE WHEN g % 2 = 0 THEN p.hub ELSE CASE g % 3 WHEN 0 THEN p.ecopro WHEN 1 THEN p.skba ELSE p.piedmont END END,
       lpad((g % 1000000000)::text, 9, '0'),
       (ARRAY['PROCESSED','PROCESSED','PROCESSED','ACKNOWLEDGED','SENT','REJECTED','DUPLICATE'])[1 + g % 7],
       NULL,
       now() - make_interval(secs => g * 63), now() - make_interval(secs => g * 63)
FROM generate_series(1, 1000000) g, parties p;

INSERT INTO interchange_payload (interchange_id, content)
SELECT 10000000 + g, convert_to('ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261126*0912*U*00401*'
       || lpad((g % 1000000000)::text, 9, '0') || '*0*P*>~GS*PO*ECOPRO*ASCENDEL*20261126*0912*' || g
       || '*X*004010~ST*850*0001~BEG*00*SA*GEN' || g || '**20261126~SE*3*0001~GE*1*' || g || '~IEA*1*'
       || lpad((g % 1000000000)::text, 9, '0') || '~', 'UTF8')
FROM generate_series(1, 1000000) g;

ANALYZE;
SELECT (SELECT count(*) FROM purchase_order) AS purchase_orders, (SELECT count(*) FROM interchange) AS interchanges;

-- invoices, shipments, receipts and their three-way match for these orders (issue 11)
\ir generate-finance-data.sql
