-- Working-time calendars for SLA clocks: each network's business hours and the days that differ
-- from its working weekdays (public holidays, and the make-up working days that mainland China
-- moves onto weekends around them). No library knows those days; they are published each year,
-- so they are data that head office keeps. A year counts as entered once it is in
-- calendar_year; clocks counted in working time fall back to wall-clock time, visibly, in a year
-- that is not.

CREATE TABLE working_calendar (
    network_code text PRIMARY KEY REFERENCES network (code),
    zone         text    NOT NULL DEFAULT 'Asia/Shanghai',
    opens        time    NOT NULL DEFAULT '08:30',
    closes       time    NOT NULL DEFAULT '17:30',
    -- ISO days of the week worked (1 = Monday)
    weekdays     integer[] NOT NULL DEFAULT '{1,2,3,4,5}',
    CHECK (opens < closes)
);
SELECT dealerhub_protect_administered_table('working_calendar', 'network_code');

CREATE TABLE calendar_year (
    network_code text    NOT NULL REFERENCES network (code),
    year         integer NOT NULL CHECK (year BETWEEN 1900 AND 2199),
    PRIMARY KEY (network_code, year)
);
SELECT dealerhub_protect_administered_table('calendar_year', 'network_code');

CREATE TABLE calendar_day (
    network_code text NOT NULL,
    day          date NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING_DAY')),
    name         text NOT NULL,
    PRIMARY KEY (network_code, day),
    FOREIGN KEY (network_code, year) REFERENCES calendar_year (network_code, year) ON DELETE CASCADE,
    year         integer GENERATED ALWAYS AS (EXTRACT(YEAR FROM day)::integer) STORED
);
SELECT dealerhub_protect_administered_table('calendar_day', 'network_code');

-- The State Council's published arrangements, which a new network starts from. Reference data of
-- the platform: readable by every role, changed only by migrations.
CREATE TABLE public_calendar_day (
    country text NOT NULL,
    day     date NOT NULL,
    kind    text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKING_DAY')),
    name    text NOT NULL,
    PRIMARY KEY (country, day)
);
REVOKE INSERT, UPDATE, DELETE ON public_calendar_day FROM ${app_role}, ${worker_role};

INSERT INTO public_calendar_day (country, day, kind, name)
SELECT 'CN', d::date, 'HOLIDAY', n FROM (VALUES
    -- 2025
    ('2025-01-01', '元旦 New Year''s Day'),
    ('2025-01-28', '春节 Spring Festival'), ('2025-01-29', '春节 Spring Festival'), ('2025-01-30', '春节 Spring Festival'),
    ('2025-01-31', '春节 Spring Festival'), ('2025-02-03', '春节 Spring Festival'), ('2025-02-04', '春节 Spring Festival'),
    ('2025-04-04', '清明节 Qingming Festival'),
    ('2025-05-01', '劳动节 Labour Day'), ('2025-05-02', '劳动节 Labour Day'), ('2025-05-05', '劳动节 Labour Day'),
    ('2025-06-02', '端午节 Dragon Boat Festival'),
    ('2025-10-01', '国庆节、中秋节 National Day and Mid-Autumn'), ('2025-10-02', '国庆节、中秋节 National Day and Mid-Autumn'),
    ('2025-10-03', '国庆节、中秋节 National Day and Mid-Autumn'), ('2025-10-06', '国庆节、中秋节 National Day and Mid-Autumn'),
    ('2025-10-07', '国庆节、中秋节 National Day and Mid-Autumn'), ('2025-10-08', '国庆节、中秋节 National Day and Mid-Autumn'),
    -- 2026
    ('2026-01-01', '元旦 New Year''s Day'), ('2026-01-02', '元旦 New Year''s Day'),
    ('2026-02-16', '春节 Spring Festival'), ('2026-02-17', '春节 Spring Festival'), ('2026-02-18', '春节 Spring Festival'),
    ('2026-02-19', '春节 Spring Festival'), ('2026-02-20', '春节 Spring Festival'), ('2026-02-23', '春节 Spring Festival'),
    ('2026-04-06', '清明节 Qingming Festival'),
    ('2026-05-01', '劳动节 Labour Day'), ('2026-05-04', '劳动节 Labour Day'), ('2026-05-05', '劳动节 Labour Day'),
    ('2026-06-19', '端午节 Dragon Boat Festival'),
    ('2026-09-25', '中秋节 Mid-Autumn Festival'),
    ('2026-10-01', '国庆节 National Day'), ('2026-10-02', '国庆节 National Day'), ('2026-10-05', '国庆节 National Day'),
    ('2026-10-06', '国庆节 National Day'), ('2026-10-07', '国庆节 National Day')
) AS h(d, n)
UNION ALL
SELECT 'CN', d::date, 'WORKING_DAY', n FROM (VALUES
    ('2025-01-26', '春节调休 Spring Festival make-up day'), ('2025-02-08', '春节调休 Spring Festival make-up day'),
    ('2025-04-27', '劳动节调休 Labour Day make-up day'),
    ('2025-09-28', '国庆节调休 National Day make-up day'), ('2025-10-11', '国庆节调休 National Day make-up day'),
    ('2026-01-04', '元旦调休 New Year make-up day'),
    ('2026-02-14', '春节调休 Spring Festival make-up day'), ('2026-02-28', '春节调休 Spring Festival make-up day'),
    ('2026-05-09', '劳动节调休 Labour Day make-up day'),
    ('2026-09-20', '国庆节调休 National Day make-up day'), ('2026-10-10', '国庆节调休 National Day make-up day')
) AS w(d, n);

-- Every network gets its working calendar when it is created, however it is created (onboarding,
-- or the rows of a data migration). Runs with the inserting transaction's scope: onboarding's
-- platform scope and migrations' system scope may write the new network's calendar rows.
CREATE FUNCTION dealerhub_start_working_calendar() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO public.working_calendar (network_code) VALUES (NEW.code) ON CONFLICT DO NOTHING;
    INSERT INTO public.calendar_year (network_code, year)
    SELECT DISTINCT NEW.code, EXTRACT(YEAR FROM p.day)::integer FROM public.public_calendar_day p WHERE p.country = 'CN'
    ON CONFLICT DO NOTHING;
    INSERT INTO public.calendar_day (network_code, day, kind, name)
    SELECT NEW.code, p.day, p.kind, p.name FROM public.public_calendar_day p WHERE p.country = 'CN'
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER network_working_calendar AFTER INSERT ON network
    FOR EACH ROW EXECUTE FUNCTION dealerhub_start_working_calendar();

-- The networks that exist already.
INSERT INTO working_calendar (network_code) SELECT code FROM network;
INSERT INTO calendar_year (network_code, year)
SELECT DISTINCT n.code, EXTRACT(YEAR FROM p.day)::integer FROM network n CROSS JOIN public_calendar_day p WHERE p.country = 'CN';
INSERT INTO calendar_day (network_code, day, kind, name)
SELECT n.code, p.day, p.kind, p.name FROM network n CROSS JOIN public_calendar_day p WHERE p.country = 'CN';
