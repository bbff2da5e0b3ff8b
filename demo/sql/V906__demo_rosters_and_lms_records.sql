-- Synthetic staff rosters for the dealers with demo users (e01, e02, s01 of each network) and LMS
-- records for them. Names are made up from common syllables; no real person is meant. Dates are
-- relative to the day the demo is loaded:
--   * the station manager, one service advisor, one technician and the claims clerk are linked to
--     the demo users <dealer>-admin, -advisor, -tech and -claims;
--   * one service advisor has 5 years in the role, the other 18 months;
--   * the linked technicians completed the TECH-L1 study and passed its test; at e01 the second
--     technician completed and passed EV high voltage, elsewhere the second technician failed the
--     TECH-L1 test (72 of the 80 needed); the linked service advisors completed SA-SILVER-LMS;
--   * one technician per network moved from e02 to e01 a year ago: his e02 entry ended, his
--     records and certificates stay with him (one person, one staff number).

CREATE TEMPORARY TABLE demo_staff (slot int, role text, username text, hired interval, in_role interval) ON COMMIT DROP;
INSERT INTO demo_staff VALUES
    (1, 'STATION_MANAGER', 'admin', interval '9 years', interval '6 years'),
    (2, 'SERVICE_ADVISOR', 'advisor', interval '6 years', interval '5 years'),
    (3, 'SERVICE_ADVISOR', NULL, interval '2 years', interval '18 months'),
    (4, 'TECHNICIAN', 'tech', interval '5 years', interval '5 years'),
    (5, 'TECHNICIAN', NULL, interval '4 years', interval '3 years'),
    (6, 'CLAIMS_CLERK', 'claims', interval '3 years', interval '3 years');

CREATE TEMPORARY TABLE demo_staffed_dealer ON COMMIT DROP AS
SELECT d.code, d.network_code, (row_number() OVER (ORDER BY d.code))::int AS n
FROM dealer d
WHERE split_part(d.code, '-', 2) IN ('e01', 'e02', 's01');

INSERT INTO person (id, network_code, staff_number, name, mobile, username)
SELECT md5('person-' || d.code || '-' || s.slot)::uuid, d.network_code,
       upper(left(d.network_code, 2)) || '-' || (1000 + d.n * 10 + s.slot),
       (ARRAY ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马'])[1 + (d.n * 7 + s.slot) % 13]
           || (ARRAY ['建华', '晓明', '丽娟', '志强', '海燕', '文博', '雪梅', '国栋', '佳怡', '子涵', '俊杰'])[1 + (d.n * 5 + s.slot * 3) % 11],
       '139' || lpad((abs(hashtext(d.code || s.slot)) % 100000000)::text, 8, '0'),
       CASE WHEN s.username IS NOT NULL THEN d.code || '-' || s.username END
FROM demo_staffed_dealer d CROSS JOIN demo_staff s;

INSERT INTO roster_entry (id, network_code, dealer_code, person_id, role, hired_on, in_role_since)
SELECT md5('roster-' || d.code || '-' || s.slot)::uuid, d.network_code, d.code, md5('person-' || d.code || '-' || s.slot)::uuid,
       s.role, (current_date - s.hired)::date, (current_date - s.in_role)::date
FROM demo_staffed_dealer d CROSS JOIN demo_staff s;

-- The technician who moved from e02 to e01 a year ago.
INSERT INTO person (id, network_code, staff_number, name, mobile)
SELECT md5('person-mover-' || n.code)::uuid, n.code, upper(left(n.code, 2)) || '-1999',
       CASE WHEN n.code = 'aurora' THEN '郑志远' ELSE '冯思远' END, '13700001999'
FROM network n
WHERE EXISTS (SELECT 1 FROM demo_staffed_dealer d WHERE d.network_code = n.code);

INSERT INTO roster_entry (id, network_code, dealer_code, person_id, role, hired_on, in_role_since, left_on)
SELECT md5('roster-mover-' || d.code)::uuid, d.network_code, d.code, md5('person-mover-' || d.network_code)::uuid, 'TECHNICIAN',
       CASE WHEN d.code LIKE '%-e02' THEN (current_date - interval '7 years')::date ELSE (current_date - interval '1 year')::date END,
       CASE WHEN d.code LIKE '%-e02' THEN (current_date - interval '7 years')::date ELSE (current_date - interval '1 year')::date END,
       CASE WHEN d.code LIKE '%-e02' THEN (current_date - interval '1 year' - interval '1 day')::date END
FROM demo_staffed_dealer d
WHERE d.code LIKE '%-e02' OR d.code LIKE '%-e01';

-- LMS records: (person, course, completed days ago, score, tested days ago).
CREATE TEMPORARY TABLE demo_lms (person uuid, network_code text, staff_number text, course text, completed int, score numeric,
                                 tested int) ON COMMIT DROP;
INSERT INTO demo_lms
SELECT p.id, p.network_code, p.staff_number, r.course, r.completed, r.score, r.tested
FROM demo_staffed_dealer d
         JOIN person p ON p.id = md5('person-' || d.code || '-4')::uuid
         CROSS JOIN (VALUES ('TECH-L1-STUDY', 400, NULL::numeric, NULL::int),
                            ('TECH-L1-TEST', NULL, 88, 390)) AS r(course, completed, score, tested);
INSERT INTO demo_lms
SELECT p.id, p.network_code, p.staff_number, r.course, r.completed, r.score, r.tested
FROM demo_staffed_dealer d
         JOIN person p ON p.id = md5('person-' || d.code || '-5')::uuid
         CROSS JOIN (VALUES ('EV-HV-STUDY', 120, 95::numeric, 120, true),
                            ('EV-HV-TEST', NULL, 93, 110, true),
                            ('TECH-L1-STUDY', 200, NULL, NULL, false),
                            ('TECH-L1-TEST', NULL, 72, 190, false)) AS r(course, completed, score, tested, at_e01)
WHERE r.at_e01 = (d.code LIKE '%-e01');
INSERT INTO demo_lms
SELECT p.id, p.network_code, p.staff_number, 'SA-SILVER-LMS', 60, NULL, NULL
FROM demo_staffed_dealer d
         JOIN person p ON p.id = md5('person-' || d.code || '-2')::uuid;
INSERT INTO demo_lms
SELECT p.id, p.network_code, p.staff_number, r.course, r.completed, r.score, r.tested
FROM person p
         CROSS JOIN (VALUES ('TECH-L1-STUDY', 1500, NULL::numeric, NULL::int),
                            ('TECH-L1-TEST', NULL, 90, 1490)) AS r(course, completed, score, tested)
WHERE p.id = md5('person-mover-' || p.network_code)::uuid;

INSERT INTO lms_record (network_code, record_id, person_id, course_code, completed_on, score, tested_on, received_at)
SELECT l.network_code, 'DEMO-' || l.staff_number || '-' || l.course, l.person, l.course,
       current_date - l.completed, l.score, current_date - l.tested,
       now() - make_interval(days => COALESCE(l.completed, l.tested))
FROM demo_lms l;
