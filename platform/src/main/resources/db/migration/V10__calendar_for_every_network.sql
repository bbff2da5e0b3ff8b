-- Every network gets its working calendar when it is created, however it is created (onboarding,
-- or the rows of a data migration), from the published arrangements in public_calendar_day.
-- Runs with the inserting transaction's scope: onboarding's platform scope and migrations' system
-- scope may write the new network's calendar rows.

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

-- Networks created between V9 and now (none in a new database; a data migration's in an old one).
INSERT INTO working_calendar (network_code)
SELECT code FROM network n WHERE NOT EXISTS (SELECT FROM working_calendar w WHERE w.network_code = n.code);
INSERT INTO calendar_year (network_code, year)
SELECT DISTINCT n.code, EXTRACT(YEAR FROM p.day)::integer FROM network n CROSS JOIN public_calendar_day p
WHERE p.country = 'CN' AND NOT EXISTS (SELECT FROM calendar_year y WHERE y.network_code = n.code)
ON CONFLICT DO NOTHING;
INSERT INTO calendar_day (network_code, day, kind, name)
SELECT n.code, p.day, p.kind, p.name FROM network n CROSS JOIN public_calendar_day p
WHERE p.country = 'CN' AND NOT EXISTS (SELECT FROM calendar_day d WHERE d.network_code = n.code)
ON CONFLICT DO NOTHING;
