-- Synthetic demo cases: five per dealer, in every state, with Chinese and English text,
-- each with its opening timeline entry and an outbox event so that it reaches search.
-- Loaded only by the local stack (DEALERHUB_DB_EXTRA_MIGRATIONS), after the demo network.

CREATE TEMPORARY TABLE demo_subject (n int, type text, subject text, description text) ON COMMIT DROP;
INSERT INTO demo_subject VALUES
    (0, 'TECHNICAL_ASSISTANCE', '发动机冷启动异响 Engine noise on cold start', '客户反映冷车启动时发动机舱有金属敲击声，热车后消失。Metallic knocking from the engine bay on cold start.'),
    (1, 'TECHNICAL_ASSISTANCE', '空调不制冷 Air conditioning not cooling', '车辆空调出风口温度偏高，两次到店未解决，请求技术支持。A/C outlet temperature too high after two visits; technical assistance requested.'),
    (2, 'TECHNICAL_ASSISTANCE', '变速箱换挡顿挫 Gearbox shift shock', '二挡升三挡时有明显顿挫，已更换变速箱油。Harsh 2-3 upshift; transmission fluid already replaced.'),
    (3, 'PARTS', '前大灯总成缺货 Headlamp assembly out of stock', '左前大灯总成需紧急订购，车辆停驶待修。Left headlamp assembly needed urgently, vehicle off road.'),
    (4, 'TRAINING', '高压系统认证培训 High-voltage system certification', '两名技师需参加高压系统安全认证。Two technicians need the high-voltage safety certification.');

INSERT INTO service_case (id, number, type, state, network_code, dealer_code, subject, description,
                          created_by, created_at, updated_at, version)
SELECT md5(d.code || '-' || s.n)::uuid,
       'DM-2026-' || lpad((row_number() OVER (ORDER BY d.code, s.n))::text, 6, '0'),
       s.type,
       (ARRAY ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'OPEN'])[s.n + 1],
       d.network_code, d.code, s.subject, s.description,
       d.code || '-advisor',
       timestamptz '2026-10-01 08:00:00+00' + (s.n * interval '5 days') + (length(d.code) * interval '1 hour'),
       timestamptz '2026-10-01 08:00:00+00' + (s.n * interval '5 days') + (length(d.code) * interval '1 hour'),
       0
FROM dealer d
         CROSS JOIN demo_subject s;

INSERT INTO case_timeline (case_id, network_code, dealer_code, at, actor, action, from_state, to_state)
SELECT id, network_code, dealer_code, created_at, created_by, 'OPEN', NULL, 'OPEN'
FROM service_case;

INSERT INTO outbox (aggregate_id, aggregate_version, network_code, dealer_code, payload)
SELECT id, version, network_code, dealer_code, payload
FROM case_changed_event;
