-- Synthetic warranty catalogue for every demo network: models with their warranty terms,
-- labor operations with flat-rate hours, parts with prices (special/assembly parts flagged),
-- and a labor rate per dealer.

INSERT INTO vehicle_model (network_code, code, name, warranty_months, warranty_km)
SELECT n.code, m.code, m.name, m.months, m.km
FROM network n
         CROSS JOIN (VALUES ('S3', '三厢轿车 S3 sedan', 36, 100000),
                            ('X5', '城市SUV X5 crossover', 36, 100000),
                            ('EV7', '纯电动 EV7 electric', 96, 160000)) AS m(code, name, months, km);

INSERT INTO labor_operation (network_code, code, description, flat_rate_hours)
SELECT n.code, o.code, o.description, o.hours
FROM network n
         CROSS JOIN (VALUES ('EN-101', '发动机正时链条更换 Timing chain replacement', 3.5),
                            ('EN-102', '发动机异响诊断 Engine noise diagnosis', 0.8),
                            ('AC-201', '空调压缩机更换 A/C compressor replacement', 2.2),
                            ('TR-301', '变速箱阀体更换 Gearbox valve body replacement', 4.0),
                            ('BR-401', '前刹车片更换 Front brake pad replacement', 0.9),
                            ('EL-501', '大灯总成更换 Headlamp assembly replacement', 1.2),
                            ('RC-901', '燃油泵密封圈召回检查 Fuel pump seal recall check', 0.5)) AS o(code, description, hours);

INSERT INTO part (network_code, number, description, unit_price, special)
SELECT n.code, p.number, p.description, p.price, p.special
FROM network n
         CROSS JOIN (VALUES ('P-10001', '正时链条套件 Timing chain kit', 860.00, false),
                            ('P-20001', '空调压缩机总成 A/C compressor assembly', 3200.00, true),
                            ('P-30001', '变速箱阀体总成 Valve body assembly', 5400.00, true),
                            ('P-40001', '前刹车片 Front brake pads', 380.00, false),
                            ('P-50001', '左前大灯总成 Left headlamp assembly', 2100.00, true),
                            ('P-90001', '燃油泵密封圈 Fuel pump seal', 45.00, false)) AS p(number, description, price, special);

UPDATE dealer SET labor_rate = 100 + 10 * (abs(hashtext(code)) % 5);
