-- Synthetic notification contacts: a station manager for every dealer (the demo dealer admins where
-- the dealer has demo users), the regional service managers (FMC), the regional VP and TAC, and
-- the customer assistance centre for the whole network, so that the demo users' inboxes fill.
-- E-mail addresses are on example domains; mobile numbers are made up.

INSERT INTO notification_contact (network_code, dealer_code, duty, name, username, email, mobile, locale)
SELECT d.network_code, d.code, 'STATION_MANAGER',
       '站长 ' || d.code,
       CASE WHEN split_part(d.code, '-', 2) IN ('e01', 'e02', 's01') THEN d.code || '-admin' END,
       d.code || '-manager@dealers.example',
       '139' || lpad((row_number() OVER (ORDER BY d.code))::text, 8, '0'),
       CASE WHEN d.code = d.network_code || '-s01' THEN 'en' ELSE 'zh-CN' END
FROM dealer d;

INSERT INTO notification_contact (network_code, region_code, duty, name, username, email, mobile)
SELECT r.network_code, r.code, 'REGIONAL_SERVICE_MANAGER',
       '区域服务经理 ' || r.code,
       CASE WHEN split_part(r.code, '-', 2) IN ('east', 'south') THEN r.network_code || '-fmc-' || split_part(r.code, '-', 2) END,
       'fmc-' || r.code || '@oem.example',
       '137' || lpad((row_number() OVER (ORDER BY r.code))::text, 8, '0')
FROM region r;

INSERT INTO notification_contact (network_code, region_code, duty, name, username, email)
SELECT r.network_code, r.code, 'REGIONAL_VP', '区域副总裁 ' || r.code,
       CASE WHEN split_part(r.code, '-', 2) = 'east' THEN r.network_code || '-vp-east' END,
       'vp-' || r.code || '@oem.example'
FROM region r;

INSERT INTO notification_contact (network_code, region_code, duty, name, username, email)
SELECT r.network_code, r.code, 'TAC', '技术支持 ' || r.code,
       CASE WHEN split_part(r.code, '-', 2) IN ('east', 'south') THEN r.network_code || '-tac-east' END,
       'tac-' || r.code || '@oem.example'
FROM region r;

INSERT INTO notification_contact (network_code, duty, name, username, email, mobile)
SELECT n.code, 'CAC', '客户服务中心 ' || n.code, n.code || '-cac', 'cac@' || n.code || '.example', '40080000' || (row_number() OVER (ORDER BY n.code))::text
FROM network n;
