-- Synthetic parts data for every demo network: a published brake-pad recall (RC-2026-BRAKE) whose ten VINs
-- are to be repaired at e01 (4), e02 (3) and s01 (2), one with no dealer named, two front brake pads
-- (P-40001) per vehicle, not yet pushed: the parts department previews and pushes it from the console.
-- Parts targets for e01, e02 and s01, and an audit of e01 by a third party with two open findings.

INSERT INTO campaign (network_code, code, title, labor_operations, parts, valid_from, valid_to, published_by, published_at)
SELECT n.code, 'RC-2026-BRAKE', '前刹车片更换召回 Front brake pad replacement recall', '{BR-401}', '{P-40001}',
       DATE '2026-11-01', DATE '2027-06-30', n.code || '-quality', now() - interval '20 days'
FROM network n
WHERE EXISTS (SELECT 1 FROM part p WHERE p.network_code = n.code AND p.number = 'P-40001')
ON CONFLICT DO NOTHING;

INSERT INTO campaign_part (network_code, campaign_code, part_number, per_vehicle)
SELECT c.network_code, c.code, 'P-40001', 2 FROM campaign c WHERE c.code = 'RC-2026-BRAKE'
ON CONFLICT DO NOTHING;

INSERT INTO campaign_vehicle (network_code, campaign_code, vin, dealer_code)
SELECT c.network_code, c.code, v.vin, CASE WHEN v.dealer IS NULL THEN NULL ELSE c.network_code || '-' || v.dealer END
FROM campaign c
         JOIN (VALUES ('aurora', 'LAURC26A4T0000001', 'e01'), ('aurora', 'LAURC26A6T0000002', 'e01'),
                      ('aurora', 'LAURC26A8T0000003', 'e01'), ('aurora', 'LAURC26AXT0000004', 'e01'),
                      ('aurora', 'LAURC26A1T0000005', 'e02'), ('aurora', 'LAURC26A3T0000006', 'e02'),
                      ('aurora', 'LAURC26A5T0000007', 'e02'), ('aurora', 'LAURC26A7T0000008', 's01'),
                      ('aurora', 'LAURC26A9T0000009', 's01'), ('aurora', 'LAURC26A5T0000010', NULL),
                      ('borealis', 'LBRRC26A8T0000001', 'e01'), ('borealis', 'LBRRC26AXT0000002', 'e01'),
                      ('borealis', 'LBRRC26A1T0000003', 'e01'), ('borealis', 'LBRRC26A3T0000004', 'e01'),
                      ('borealis', 'LBRRC26A5T0000005', 'e02'), ('borealis', 'LBRRC26A7T0000006', 'e02'),
                      ('borealis', 'LBRRC26A9T0000007', 'e02'), ('borealis', 'LBRRC26A0T0000008', 's01'),
                      ('borealis', 'LBRRC26A2T0000009', 's01'), ('borealis', 'LBRRC26A9T0000010', NULL))
    AS v(network, vin, dealer) ON v.network = c.network_code
WHERE c.code = 'RC-2026-BRAKE'
  AND (v.dealer IS NULL OR EXISTS (SELECT 1 FROM dealer d WHERE d.code = c.network_code || '-' || v.dealer))
ON CONFLICT DO NOTHING;

INSERT INTO parts_target (dealer_code, network_code, fill_rate_percent, days_of_supply, set_by, set_at)
SELECT d.code, d.network_code, t.rate, t.days, d.network_code || '-parts', now() - interval '30 days'
FROM dealer d
         JOIN (VALUES ('e01', 95.00, 30), ('e02', 92.50, 30), ('s01', 90.00, 45)) AS t(suffix, rate, days)
              ON d.code = d.network_code || '-' || t.suffix
ON CONFLICT DO NOTHING;

INSERT INTO parts_audit (id, network_code, dealer_code, audited_on, auditor_kind, auditor, summary, recorded_by, recorded_at)
SELECT md5(d.code || '-parts-audit')::uuid, d.network_code, d.code, current_date - 14, 'THIRD_PARTY',
       '华审咨询 Huashen Consulting', '配件仓库及库存管理年度审核 Annual audit of the parts store and stock keeping',
       d.network_code || '-parts', now() - interval '13 days'
FROM dealer d WHERE d.code = d.network_code || '-e01'
ON CONFLICT DO NOTHING;

INSERT INTO parts_audit_finding (id, audit_id, network_code, dealer_code, finding_no, text, state)
SELECT md5(a.dealer_code || '-parts-audit-' || f.no)::uuid, a.id, a.network_code, a.dealer_code, f.no, f.text, 'OPEN'
FROM parts_audit a
         CROSS JOIN (VALUES (1, '旧件未按规定隔离存放 Returned old parts not kept apart as required'),
                            (2, '库存盘点差异未记录原因 Stock count differences recorded without their cause')) AS f(no, text)
WHERE a.id = md5(a.dealer_code || '-parts-audit')::uuid
ON CONFLICT DO NOTHING;
