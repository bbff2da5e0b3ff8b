-- Synthetic training notices and sessions for every demo network: a training notice and a
-- certification notice; service-advisor training courses (SA-BASICS, SA-ADVANCED), a written exam for
-- service advisor level 2 and certification sessions for technician 1, EV high voltage 1 and service
-- advisor 1 and 2, all ahead; one SA-BASICS course held a month ago with its attendance. The demo
-- TRAINING cases (V901) become training needs.

INSERT INTO training_notice (id, network_code, kind, title, body, programme_code, level, published_by, published_at)
SELECT md5(n.code || '-notice-' || t.key)::uuid, n.code, t.kind, t.title, t.body, t.programme, t.level,
       n.code || '-training', now() - t.age
FROM network n
         CROSS JOIN (VALUES ('sa-courses', 'TRAINING', '服务顾问培训课程报名 Service advisor courses open',
                             '下月开设服务顾问基础与进阶课程，请各服务站安排人员报名。Service advisor basics and advanced courses run next month: please enrol your people.',
                             NULL, NULL::int, interval '3 days'),
                            ('certification-round', 'CERTIFICATION', '本季度认证安排 This quarter''s certifications',
                             '技师一级、高压作业及服务顾问铜牌、银牌认证的时间与地点已公布。Dates and places of the technician level 1, EV high-voltage and service advisor bronze and silver certifications are published.',
                             'SERVICE_ADVISOR', 2, interval '1 day'))
    AS t(key, kind, title, body, programme, level, age);

INSERT INTO training_session (id, network_code, kind, title, course_code, programme_code, level, notice_id, starts_at,
                              place, seats, created_by)
SELECT md5(n.code || '-session-' || s.key)::uuid, n.code, s.kind, s.title, s.course, s.programme, s.level,
       CASE WHEN s.notice IS NOT NULL THEN md5(n.code || '-notice-' || s.notice)::uuid END,
       date_trunc('day', now()) + s.starts + interval '1 hour', s.place, s.seats, n.code || '-training'
FROM network n
         CROSS JOIN (VALUES ('sa-basics', 'TRAINING', '服务顾问基础 Service advisor basics', 'SA-BASICS', NULL, NULL::int, 'sa-courses',
                             interval '14 days', '上海培训中心 Shanghai training centre', 20),
                            ('sa-advanced', 'TRAINING', '服务顾问进阶 Service advisor advanced', 'SA-ADVANCED', NULL, NULL, 'sa-courses',
                             interval '21 days', '上海培训中心 Shanghai training centre', 12),
                            ('sa2-exam', 'WRITTEN_EXAM', '服务顾问银牌笔试 Service advisor silver written exam', NULL, 'SERVICE_ADVISOR', 2,
                             'certification-round', interval '28 days', '北京考场 Beijing exam hall', 30),
                            ('tech1-cert', 'CERTIFICATION', '一级技师认证 Technician level 1 certification', NULL, 'TECHNICIAN', 1,
                             'certification-round', interval '30 days', '广州培训中心 Guangzhou training centre', 16),
                            ('ev1-cert', 'CERTIFICATION', '高压作业认证 EV high-voltage certification', NULL, 'EV_HV', 1,
                             'certification-round', interval '31 days', '广州培训中心 Guangzhou training centre', 10),
                            ('sa1-cert', 'CERTIFICATION', '服务顾问铜牌认证 Service advisor bronze certification', NULL, 'SERVICE_ADVISOR', 1,
                             'certification-round', interval '35 days', '上海培训中心 Shanghai training centre', 20),
                            ('sa2-cert', 'CERTIFICATION', '服务顾问银牌认证 Service advisor silver certification', NULL, 'SERVICE_ADVISOR', 2,
                             'certification-round', interval '42 days', '上海培训中心 Shanghai training centre', 20),
                            ('sa-basics-past', 'TRAINING', '服务顾问基础（上月）Service advisor basics (last month)', 'SA-BASICS', NULL, NULL,
                             NULL, interval '-30 days', '上海培训中心 Shanghai training centre', 20))
    AS s(key, kind, title, course, programme, level, notice, starts, place, seats);

-- Last month's course: the first two service advisors on the roster of each network's e01 and e02
-- (the people and rosters of the demo, by staff number order), the first of each dealer attended.
-- Without demo people this inserts nothing.
INSERT INTO session_seat (session_id, person_id, network_code, dealer_code, reserved_at, attended)
SELECT md5(r.network_code || '-session-sa-basics-past')::uuid, r.person_id, r.network_code, r.dealer_code,
       now() - interval '40 days', r.rank = 1
FROM (SELECT e.network_code, e.dealer_code, e.person_id,
             row_number() OVER (PARTITION BY e.dealer_code ORDER BY p.staff_number) AS rank
      FROM roster_entry e
               JOIN person p ON p.id = e.person_id
      WHERE e.role = 'SERVICE_ADVISOR'
        AND e.left_on IS NULL
        AND e.dealer_code ~ '-e0[12]$') r
WHERE r.rank <= 2;

-- The demo TRAINING cases, opened under the generic workflow, become training needs waiting for the
-- training department (as V22 does for cases existing before it), with their people and month.
SELECT dealerhub_training_cases_become_needs();

UPDATE training_need
SET people          = 2,
    roles           = '{TECHNICIAN}',
    preferred_month = date_trunc('month', now() + interval '2 months')::date
WHERE id IN (SELECT id FROM service_case WHERE type = 'TRAINING' AND number LIKE 'DM-%');
