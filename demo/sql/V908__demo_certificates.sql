-- Synthetic certificates for every demo network, each earned through a CERTIFICATION case in state
-- CERTIFIED with its certification_application row. The holders are the demo people of dealer e01
-- (and one of e02), by staff number <network>-T0001...; they are created here, on the roster, only
-- where the demo roster did not already create them (ON CONFLICT DO NOTHING). Dates are relative to
-- the day the demo loads (Asia/Shanghai), so that one certificate always runs out within 30 days and
-- one has expired.

CREATE TEMPORARY TABLE demo_holder (staff text, name text, dealer text, role text, username text) ON COMMIT DROP;
INSERT INTO demo_holder VALUES
    ('T0001', '王建国 Wang Jianguo', 'e01', 'TECHNICIAN', 'tech'),
    ('T0002', '李明 Li Ming', 'e01', 'TECHNICIAN', NULL),
    ('T0003', '张伟 Zhang Wei', 'e01', 'TECHNICIAN', NULL),
    ('A0001', '陈静 Chen Jing', 'e01', 'SERVICE_ADVISOR', 'advisor'),
    ('T0004', '刘洋 Liu Yang', 'e02', 'TECHNICIAN', 'tech');

INSERT INTO person (id, network_code, staff_number, name, username)
SELECT md5(n.code || '-person-' || h.staff)::uuid, n.code, n.code || '-' || h.staff, h.name,
       CASE WHEN h.username IS NOT NULL THEN n.code || '-' || h.dealer || '-' || h.username END
FROM network n CROSS JOIN demo_holder h
ON CONFLICT DO NOTHING;

INSERT INTO roster_entry (id, network_code, dealer_code, person_id, role, hired_on, in_role_since)
SELECT md5(n.code || '-roster-' || h.staff)::uuid, n.code, n.code || '-' || h.dealer, p.id, h.role,
       date '2019-03-01', date '2020-03-01'
FROM network n CROSS JOIN demo_holder h
         JOIN person p ON p.network_code = n.code AND p.staff_number = n.code || '-' || h.staff
         JOIN dealer d ON d.code = n.code || '-' || h.dealer
ON CONFLICT DO NOTHING;

-- Each certificate: holder, programme level, issued so many days before today, for the level's validity.
CREATE TEMPORARY TABLE demo_certificate (staff text, programme text, level int, issued_days_ago int) ON COMMIT DROP;
INSERT INTO demo_certificate VALUES
    ('T0001', 'EV_HV', 1, 120),          -- valid
    ('T0001', 'TECHNICIAN', 2, 200),     -- valid
    ('T0002', 'EV_HV', 1, 345),          -- valid through 12 months after issue: runs out within 30 days
    ('T0003', 'EV_HV', 1, 380),          -- expired
    ('A0001', 'SERVICE_ADVISOR', 1, 400),
    ('T0004', 'TECHNICIAN', 1, 500);

CREATE TEMPORARY TABLE demo_issue ON COMMIT DROP AS
SELECT md5(n.code || '-certificate-' || c.staff || '-' || c.programme)::uuid AS certificate_id,
       md5(n.code || '-certification-' || c.staff || '-' || c.programme)::uuid AS case_id,
       n.code AS network_code, n.code || '-' || h.dealer AS dealer_code, p.id AS person_id, c.programme, c.level, l.flow,
       (now() AT TIME ZONE 'Asia/Shanghai')::date - c.issued_days_ago AS issued_on,
       ((now() AT TIME ZONE 'Asia/Shanghai')::date - c.issued_days_ago + make_interval(months => l.validity_months))::date - 1
           AS valid_through
FROM network n
         CROSS JOIN demo_certificate c
         JOIN demo_holder h ON h.staff = c.staff
         JOIN person p ON p.network_code = n.code AND p.staff_number = n.code || '-' || c.staff
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
SELECT c.id, c.network_code, c.dealer_code, c.created_at, c.created_by, 'OPEN', NULL, 'SUBMITTED', NULL
FROM service_case c JOIN demo_issue i ON i.case_id = c.id
UNION ALL
SELECT c.id, c.network_code, c.dealer_code, c.updated_at, i.network_code || '-training', 'CERTIFY', 'SUBMITTED', 'CERTIFIED',
       'certificate issued'
FROM service_case c JOIN demo_issue i ON i.case_id = c.id;

INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
SELECT e.id, e.version, e.network_code, e.dealer_code, e.payload
FROM case_changed_event e JOIN demo_issue i ON i.case_id = e.id;
