-- Synthetic certificates for every demo network, each earned through a CERTIFICATION case in state
-- CERTIFIED with its certification_application row. The holders are demo roster people (V906) of
-- dealers e01 and e02. Dates are relative to
-- the day the demo loads (Asia/Shanghai), so that one certificate always runs out within 30 days and
-- one has expired.

-- The holders: demo roster people (V906) by dealer and slot, e.g. e01's slot 4 is <dealer>-tech.
CREATE TEMPORARY TABLE demo_holder (holder text, dealer text, slot int) ON COMMIT DROP;
INSERT INTO demo_holder VALUES
    ('T0001', 'e01', 4),   -- <network>-e01-tech
    ('T0002', 'e01', 5),   -- e01's second technician (EV high voltage done)
    ('T0003', 'e02', 5),
    ('A0001', 'e01', 2),   -- <network>-e01-advisor, 5 years in the role
    ('T0004', 'e02', 4);   -- <network>-e02-tech

-- Each certificate: holder, programme level, issued so many days before today, for the level's validity.
CREATE TEMPORARY TABLE demo_certificate (holder text, programme text, level int, issued_days_ago int) ON COMMIT DROP;
INSERT INTO demo_certificate VALUES
    ('T0001', 'EV_HV', 1, 120),          -- valid
    ('T0001', 'TECHNICIAN', 1, 200),     -- valid
    ('T0002', 'EV_HV', 1, 345),          -- valid through 12 months after issue: runs out within 30 days
    ('T0003', 'EV_HV', 1, 380),          -- expired
    ('A0001', 'SERVICE_ADVISOR', 1, 400),
    ('T0004', 'TECHNICIAN', 1, 500);

CREATE TEMPORARY TABLE demo_issue ON COMMIT DROP AS
SELECT md5(n.code || '-certificate-' || c.holder || '-' || c.programme)::uuid AS certificate_id,
       md5(n.code || '-certification-' || c.holder || '-' || c.programme)::uuid AS case_id,
       n.code AS network_code, n.code || '-' || h.dealer AS dealer_code, p.id AS person_id, c.programme, c.level, l.flow,
       (now() AT TIME ZONE 'Asia/Shanghai')::date - c.issued_days_ago AS issued_on,
       ((now() AT TIME ZONE 'Asia/Shanghai')::date - c.issued_days_ago + make_interval(months => l.validity_months))::date - 1
           AS valid_through
FROM network n
         CROSS JOIN demo_certificate c
         JOIN demo_holder h ON h.holder = c.holder
         JOIN person p ON p.id = md5('person-' || n.code || '-' || h.dealer || '-' || h.slot)::uuid
         JOIN certification_level l ON l.network_code = n.code AND l.programme_code = c.programme AND l.level = c.level;

INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, description,
                          created_by, created_at, updated_at, version)
SELECT i.case_id, 'CE-' || extract(year FROM i.issued_on) || '-' || lpad(nextval('case_number_seq')::text, 7, '0'),
       'CERTIFICATION', 'CERTIFIED', i.network_code, i.dealer_code,
       '认证申请 Certification ' || i.programme || ' L' || i.level || ' ' || p.staff_number,
       p.name || ' 申请 ' || i.programme || ' ' || i.level || ' 级认证 applies for ' || i.programme || ' level ' || i.level,
       i.dealer_code || '-admin', i.issued_on - 30, (i.issued_on::timestamp AT TIME ZONE 'Asia/Shanghai') + interval '10 hours', 0
FROM demo_issue i JOIN person p ON p.id = i.person_id;

INSERT INTO certificate (id, network_code, number, person_id, programme_code, level, issued_on, valid_through, dealer_code,
                         application_id)
SELECT i.certificate_id, i.network_code,
       upper(i.network_code || '-' || i.programme || '-L' || i.level || '-' || extract(year FROM i.issued_on) || '-D'
             || lpad((row_number() OVER (PARTITION BY i.network_code ORDER BY i.programme, i.person_id))::text, 4, '0')),
       i.person_id, i.programme, i.level, i.issued_on, i.valid_through, i.dealer_code, i.case_id
FROM demo_issue i;

INSERT INTO certification_application (id, network_code, dealer_code, person_id, programme_code, level, flow, certificate_id)
SELECT case_id, network_code, dealer_code, person_id, programme, level, flow, certificate_id
FROM demo_issue;

INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state, note)
SELECT c.id, c.network_code, c.dealer_code, c.created_at, c.created_by, 'OPEN', NULL, 'APPLIED', NULL
FROM service_case c JOIN demo_issue i ON i.case_id = c.id
UNION ALL
SELECT c.id, c.network_code, c.dealer_code, c.updated_at, i.network_code || '-training', 'PASS', 'ATTENDED', 'CERTIFIED',
       'certificate issued'
FROM service_case c JOIN demo_issue i ON i.case_id = c.id;

INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
SELECT e.id, e.version, e.network_code, e.dealer_code, e.payload
FROM case_changed_event e JOIN demo_issue i ON i.case_id = e.id;
