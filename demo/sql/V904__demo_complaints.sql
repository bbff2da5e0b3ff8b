-- Synthetic demo complaints for the dealers with demo users: one CAC has just recorded (waiting to
-- be dispatched), one dispatched and waiting for the dealer's call, and one in progress whose call
-- came late (its contact clock breached). Clocks are set relative to the time the demo is loaded,
-- as the platform would have set them under the network's default policies.

CREATE TEMPORARY TABLE demo_complaint (n int, state text, recorded interval, dispatched interval, contacted interval,
                                       fault text, subject text, description text) ON COMMIT DROP;
INSERT INTO demo_complaint VALUES
    (0, 'RECORDED', interval '5 minutes', NULL, NULL, 'AIR_CONDITIONING',
     '空调异味投诉 Smell from the air conditioning', '客户致电热线，空调出风有霉味。The customer called the hotline: musty smell from the vents.'),
    (1, 'DISPATCHED', interval '90 minutes', interval '80 minutes', NULL, 'ELECTRICAL',
     '中控屏黑屏 Centre screen goes black', '行驶中中控屏多次黑屏重启。The centre screen blacks out and restarts while driving.'),
    (2, 'IN_PROGRESS', interval '5 hours', interval '290 minutes', interval '60 minutes', 'SERVICE_ATTITUDE',
     '服务态度投诉 Service attitude', '客户反映接待顾问未按约定回电。The advisor did not call back as promised.');

INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, description,
                          created_by, created_at, updated_at, version)
SELECT md5('complaint-' || d.code || '-' || c.n)::uuid,
       'CP-2026-D' || lpad((row_number() OVER (ORDER BY d.code, c.n))::text, 5, '0'),
       'COMPLAINT', c.state, d.network_code, d.code, c.subject, c.description,
       d.network_code || '-cac', now() - c.recorded, now() - COALESCE(c.contacted, c.dispatched, c.recorded), 0
FROM dealer d CROSS JOIN demo_complaint c
WHERE split_part(d.code, '-', 2) IN ('e01', 'e02', 's01');

INSERT INTO complaint (id, network_code, dealer_code, source, category, customer_name, customer_phone, vin, model,
                       fault_category, recorded_at, dispatched_at, contacted_at)
SELECT md5('complaint-' || d.code || '-' || c.n)::uuid, d.network_code, d.code, 'HOTLINE',
       CASE WHEN c.fault = 'SERVICE_ATTITUDE' THEN 'SERVICE_QUALITY' ELSE 'PRODUCT_QUALITY' END,
       '客户 ' || upper(substr(md5(d.code || c.n), 1, 4)), '138' || lpad((abs(hashtext(d.code || c.n)) % 100000000)::text, 8, '0'),
       'LDHDEMO' || upper(substr(md5(d.code || c.n), 1, 10)), 'S5',
       c.fault, now() - c.recorded, now() - c.dispatched, now() - c.contacted
FROM dealer d CROSS JOIN demo_complaint c
WHERE split_part(d.code, '-', 2) IN ('e01', 'e02', 's01');

INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state, note)
SELECT k.id, k.network_code, k.dealer_code, step.at, step.actor, step.action, step.from_state, step.to_state, step.note
FROM complaint k JOIN service_case s ON s.id = k.id
CROSS JOIN LATERAL (VALUES
    (k.recorded_at, s.created_by, 'OPEN', NULL, 'RECORDED', NULL),
    (k.dispatched_at, s.created_by, 'DISPATCH', 'RECORDED', 'DISPATCHED', NULL),
    (k.contacted_at, k.dealer_code || '-advisor', 'CONTACT', 'DISPATCHED', 'IN_PROGRESS', '已致电客户，约定明天到店 Called the customer, booked for tomorrow')
) AS step(at, actor, action, from_state, to_state, note)
WHERE step.at IS NOT NULL;

-- The clocks, under the networks' default policies (V11): running, or stopped when their step was taken.
INSERT INTO case_deadline (id, case_id, network_code, dealer_code, clock, variant, timing, duration_seconds, warn_before_seconds,
                           started_at, counted_seconds, running_since, due_at, warn_at, stopped_at,
                           notify_on_warning, notify_on_breach)
SELECT md5(k.id::text || p.clock)::uuid, k.id, k.network_code, k.dealer_code, p.clock, p.variant, p.timing,
       p.duration_seconds, p.warn_before_seconds, clock.started,
       CASE WHEN clock.stopped IS NULL THEN 0 ELSE extract(epoch FROM clock.stopped - clock.started)::bigint END,
       CASE WHEN clock.stopped IS NULL THEN clock.started END,
       clock.started + make_interval(secs => p.duration_seconds),
       clock.started + make_interval(secs => p.duration_seconds - p.warn_before_seconds),
       clock.stopped, p.notify_on_warning, p.notify_on_breach
FROM complaint k
JOIN LATERAL (VALUES
    ('DISPATCH', k.recorded_at, k.dispatched_at),
    ('CUSTOMER_MESSAGE', k.recorded_at, k.dispatched_at),
    ('CONTACT', k.dispatched_at, k.contacted_at),
    ('CLOSURE', k.dispatched_at, NULL::timestamptz)
) AS clock(name, started, stopped) ON clock.started IS NOT NULL
JOIN clock_policy p ON p.network_code = k.network_code AND p.case_type = 'COMPLAINT' AND p.variant = 'STANDARD'
                   AND p.clock = clock.name;

-- A contact made after its due time: the breach was recorded when it fell due.
UPDATE case_deadline SET breached_at = due_at WHERE clock = 'CONTACT' AND stopped_at > due_at;

INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
SELECT e.id, e.version, e.network_code, e.dealer_code, e.payload
FROM case_changed_event e JOIN complaint k ON k.id = e.id;
