-- Synthetic parts data for every demo network: a published recall campaign for fuel pump seals
-- (RC-SEAL-DEMO, part P-90001), a deposit for every dealer (50,000 for the staffed dealers e01, e02
-- and s01, 20,000 for the others), stock in two warehouses with a shortage of the A/C compressor,
-- the valve body and the front brake pads at WH-EAST, and open orders of the staffed dealers: a stock
-- order, a vehicle-off-road order and a campaign order each, competing for the short parts.

INSERT INTO campaign (network_code, code, title, labor_operations, parts, valid_from, valid_to, published_by, published_at)
SELECT n.code, 'RC-SEAL-DEMO', '燃油泵密封圈召回 Fuel pump seal recall', '{RC-901}', '{P-90001}',
       current_date - 30, current_date + 335, n.code || '-quality', now() - interval '30 days'
FROM network n
ON CONFLICT DO NOTHING;

INSERT INTO parts_account (dealer_code, network_code) SELECT code, network_code FROM dealer ON CONFLICT DO NOTHING;

INSERT INTO parts_deposit_entry (network_code, dealer_code, kind, amount, reference, recorded_by, recorded_at)
SELECT d.network_code, d.code, 'PAYMENT',
       CASE WHEN split_part(d.code, '-', 2) IN ('e01', 'e02', 's01') THEN 50000 ELSE 20000 END,
       '保证金 Deposit ' || extract(year FROM now())::int, d.network_code || '-parts', now() - interval '60 days'
FROM dealer d;

INSERT INTO oem_stock (network_code, warehouse, part_number, quantity, updated_at)
SELECT n.code, s.warehouse, s.part, s.quantity, now() - interval '1 day'
FROM network n
         CROSS JOIN (VALUES ('WH-EAST', 'P-10001', 40), ('WH-EAST', 'P-20001', 3), ('WH-EAST', 'P-30001', 2),
                            ('WH-EAST', 'P-40001', 25), ('WH-EAST', 'P-50001', 10), ('WH-EAST', 'P-90001', 200),
                            ('WH-SOUTH', 'P-10001', 15), ('WH-SOUTH', 'P-40001', 60), ('WH-SOUTH', 'P-90001', 50))
    AS s(warehouse, part, quantity);

CREATE TEMP TABLE demo_parts_order (n int, kind text, hours int, vin boolean, campaign text, lines text[], quantities int[])
    ON COMMIT DROP;
INSERT INTO demo_parts_order VALUES
    (1, 'STOCK', 72, false, NULL, '{P-40001,P-20001,P-10001}', '{12,2,4}'),
    (2, 'VOR', 20, true, NULL, '{P-30001,P-20001}', '{1,1}'),
    (3, 'CAMPAIGN', 6, false, 'RC-SEAL-DEMO', '{P-90001,P-40001}', '{30,4}');

INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, description,
                          created_by, created_at, updated_at, version)
SELECT md5('parts-order-' || d.code || '-' || o.n)::uuid,
       'PO-2026-D' || lpad((row_number() OVER (ORDER BY d.code, o.n))::text, 5, '0'),
       'PARTS_ORDER', 'PLACED', d.network_code, d.code,
       o.kind || ' order' || CASE WHEN o.vin THEN ' VIN ' || 'LDHDEMO' || upper(substr(md5(d.code || o.n), 1, 10)) || ', RO RO-' || o.n
                                  WHEN o.campaign IS NOT NULL THEN ' campaign ' || o.campaign ELSE '' END
           || ', ' || cardinality(o.lines) || ' lines',
       '', d.code || '-admin', now() - make_interval(hours => o.hours), now() - make_interval(hours => o.hours), 0
FROM dealer d CROSS JOIN demo_parts_order o
WHERE split_part(d.code, '-', 2) IN ('e01', 'e02', 's01');

INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state, note)
SELECT id, network_code, dealer_code, created_at, created_by, 'OPEN', NULL, 'PLACED', NULL
FROM service_case WHERE type = 'PARTS_ORDER' AND number LIKE 'PO-2026-D%';

INSERT INTO parts_order (id, network_code, dealer_code, kind, vin, repair_order, campaign_code, placed_at, value)
SELECT md5('parts-order-' || d.code || '-' || o.n)::uuid, d.network_code, d.code, o.kind,
       CASE WHEN o.vin THEN 'LDHDEMO' || upper(substr(md5(d.code || o.n), 1, 10)) END,
       CASE WHEN o.vin THEN 'RO-' || o.n END, o.campaign, now() - make_interval(hours => o.hours), 0
FROM dealer d CROSS JOIN demo_parts_order o
WHERE split_part(d.code, '-', 2) IN ('e01', 'e02', 's01');

INSERT INTO parts_order_line (id, order_id, network_code, dealer_code, line_no, part_number, quantity, unit_price)
SELECT md5('parts-order-line-' || d.code || '-' || o.n || '-' || l.no)::uuid, md5('parts-order-' || d.code || '-' || o.n)::uuid,
       d.network_code, d.code, l.no, l.part, o.quantities[l.no], p.unit_price
FROM dealer d CROSS JOIN demo_parts_order o
         CROSS JOIN LATERAL unnest(o.lines) WITH ORDINALITY AS l(part, no)
         JOIN part p ON p.network_code = d.network_code AND p.number = l.part
WHERE split_part(d.code, '-', 2) IN ('e01', 'e02', 's01');

UPDATE parts_order o SET value = (SELECT sum(quantity * unit_price) FROM parts_order_line l WHERE l.order_id = o.id)
WHERE o.id IN (SELECT id FROM service_case WHERE type = 'PARTS_ORDER' AND number LIKE 'PO-2026-D%');

-- The demo orders reach the search index like any order: one change event each.
INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
SELECT e.id, e.version, e.network_code, e.dealer_code, e.payload
FROM case_changed_event e JOIN service_case c ON c.id = e.id
WHERE c.type = 'PARTS_ORDER' AND c.number LIKE 'PO-2026-D%';
