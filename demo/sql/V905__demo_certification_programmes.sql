-- Synthetic certification programmes for every demo network: technician levels 1-4, the EV
-- high-voltage programme (required at every dealer), and service-advisor bronze and silver; the
-- LMS courses they rely on; and a high-voltage labour operation that needs the EV certificate.

INSERT INTO lms_course (network_code, code, name, completion, pass_score)
SELECT n.code, c.code, c.name, c.completion, c.pass_score
FROM network n
         CROSS JOIN (VALUES ('TECH-L1-STUDY', '技师一级在线学习 Technician L1 online study', 'COMPLETED', NULL::numeric),
                            ('TECH-L1-TEST', '技师一级在线测试 Technician L1 online test', 'PASSED', 80),
                            ('TECH-L2-STUDY', '技师二级在线学习 Technician L2 online study', 'COMPLETED', NULL),
                            ('TECH-L2-TEST', '技师二级在线测试 Technician L2 online test', 'PASSED', 80),
                            ('TECH-L3-STUDY', '技师三级在线学习 Technician L3 online study', 'COMPLETED', NULL),
                            ('TECH-L3-TEST', '技师三级在线测试 Technician L3 online test', 'PASSED', 85),
                            ('TECH-L4-STUDY', '技师四级在线学习 Technician L4 online study', 'COMPLETED', NULL),
                            ('TECH-L4-TEST', '技师四级在线测试 Technician L4 online test', 'PASSED', 85),
                            ('EV-HV-STUDY', '高压安全在线学习 EV high-voltage safety study', 'COMPLETED_AND_PASSED', 90),
                            ('EV-HV-TEST', '高压安全在线测试 EV high-voltage safety test', 'PASSED', 90),
                            ('SA-SILVER-LMS', '服务顾问银牌在线课程 Service advisor silver online course', 'COMPLETED', NULL))
    AS c(code, name, completion, pass_score);

INSERT INTO certification_programme (network_code, code, name, role, required_per_dealer)
SELECT n.code, p.code, p.name, p.role, p.required
FROM network n
         CROSS JOIN (VALUES ('TECHNICIAN', '技师技术认证 Technician certification', 'TECHNICIAN', false),
                            ('EV_HV', '新能源高压作业认证 EV high-voltage certification', 'TECHNICIAN', true),
                            ('SERVICE_ADVISOR', '服务顾问认证 Service advisor certification', 'SERVICE_ADVISOR', false))
    AS p(code, name, role, required);

INSERT INTO certification_level (network_code, programme_code, level, name, flow, validity_months, renewal_window_days,
                                 study_course, test_course, training_course, min_years_in_role, min_submitted_cases,
                                 prerequisite_level)
SELECT n.code, l.programme, l.level, l.name, l.flow, l.months, l.window_days, l.study, l.test, l.training, l.years,
       l.cases, l.prerequisite
FROM network n
         CROSS JOIN (VALUES ('TECHNICIAN', 1, '一级技师 Level 1', 'TECHNICIAN', 24, 90, 'TECH-L1-STUDY', 'TECH-L1-TEST', NULL, NULL::int, NULL::int, NULL::int),
                            ('TECHNICIAN', 2, '二级技师 Level 2', 'TECHNICIAN', 24, 90, 'TECH-L2-STUDY', 'TECH-L2-TEST', NULL, NULL, NULL, 1),
                            ('TECHNICIAN', 3, '三级技师 Level 3', 'TECHNICIAN', 24, 90, 'TECH-L3-STUDY', 'TECH-L3-TEST', NULL, NULL, NULL, 2),
                            ('TECHNICIAN', 4, '四级技师 Level 4', 'TECHNICIAN', 36, 90, 'TECH-L4-STUDY', 'TECH-L4-TEST', NULL, NULL, NULL, 3),
                            ('EV_HV', 1, '高压作业 High voltage', 'TECHNICIAN', 12, 60, 'EV-HV-STUDY', 'EV-HV-TEST', NULL, NULL, NULL, NULL),
                            ('SERVICE_ADVISOR', 1, '铜牌 Bronze', 'SA_BRONZE', 24, 90, NULL, NULL, 'SA-BASICS', 3, NULL, NULL),
                            ('SERVICE_ADVISOR', 2, '银牌 Silver', 'SA_SILVER', 24, 90, 'SA-SILVER-LMS', NULL, 'SA-ADVANCED', NULL, 3, 1))
    AS l(programme, level, name, flow, months, window_days, study, test, training, years, cases, prerequisite);

INSERT INTO labor_operation (network_code, code, description, flat_rate_hours, required_programme, required_level)
SELECT n.code, 'HV-601', '高压电池包更换 HV battery pack replacement', 5.0, 'EV_HV', 1
FROM network n;
