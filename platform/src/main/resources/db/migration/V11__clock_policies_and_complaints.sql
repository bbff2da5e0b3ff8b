-- SLA clock policies per network x case type x clock (x variant), kept as data and edited by head
-- office; customer complaints (DOMAIN section 3) with their flags, delays, closures and callbacks;
-- and the penalties recorded against a dealer (false closures, repeated complaints).

CREATE TABLE clock_policy (
    network_code        text   NOT NULL REFERENCES network (code),
    case_type           text   NOT NULL,
    variant             text   NOT NULL DEFAULT 'STANDARD',
    clock               text   NOT NULL,
    duration_seconds    bigint NOT NULL CHECK (duration_seconds > 0),
    timing              text   NOT NULL CHECK (timing IN ('WALL_CLOCK', 'WORKING_TIME')),
    warn_before_seconds bigint NOT NULL DEFAULT 0 CHECK (warn_before_seconds >= 0 AND warn_before_seconds < duration_seconds),
    notify_on_warning   text[] NOT NULL DEFAULT '{}',
    notify_on_breach    text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (network_code, case_type, variant, clock)
);
SELECT dealerhub_protect_administered_table('clock_policy', 'network_code');

-- The defaults every network starts with (Geely's, DOMAIN section 3); head office changes them.
CREATE TABLE default_clock_policy (
    case_type           text   NOT NULL,
    variant             text   NOT NULL,
    clock               text   NOT NULL,
    duration_seconds    bigint NOT NULL,
    timing              text   NOT NULL,
    warn_before_seconds bigint NOT NULL,
    notify_on_warning   text[] NOT NULL,
    notify_on_breach    text[] NOT NULL,
    PRIMARY KEY (case_type, variant, clock)
);
REVOKE INSERT, UPDATE, DELETE ON default_clock_policy FROM ${app_role}, ${worker_role};

INSERT INTO default_clock_policy VALUES
    -- notify the station manager and the regional service manager within 15 minutes of recording
    ('COMPLAINT', 'STANDARD', 'DISPATCH', 900, 'WALL_CLOCK', 300, '{CAC}', '{CAC}'),
    -- message the customer, naming the dealer who will call, within 4 hours
    ('COMPLAINT', 'STANDARD', 'CUSTOMER_MESSAGE', 14400, 'WALL_CLOCK', 3600, '{CAC}', '{CAC}'),
    -- the dealer contacts the customer within 2 hours of dispatch
    ('COMPLAINT', 'STANDARD', 'CONTACT', 7200, 'WALL_CLOCK', 1800, '{STATION_MANAGER}', '{STATION_MANAGER,REGIONAL_SERVICE_MANAGER}'),
    -- the dealer closes within 72 hours of dispatch, or files a delay with progress
    ('COMPLAINT', 'STANDARD', 'CLOSURE', 259200, 'WALL_CLOCK', 43200, '{STATION_MANAGER}', '{STATION_MANAGER,REGIONAL_SERVICE_MANAGER}'),
    -- CAC calls back every closed complaint within a working day
    ('COMPLAINT', 'STANDARD', 'CALLBACK', 28800, 'WORKING_TIME', 7200, '{CAC}', '{CAC}'),
    -- emergencies (vehicle fire, major accident): hand over within 5 minutes, progress every hour,
    -- the customer updated every 2 hours, the GM and the regional VP after 4 hours without progress
    ('COMPLAINT', 'EMERGENCY', 'DISPATCH', 300, 'WALL_CLOCK', 120, '{CAC}', '{CAC,REGIONAL_SERVICE_MANAGER}'),
    ('COMPLAINT', 'EMERGENCY', 'CUSTOMER_MESSAGE', 3600, 'WALL_CLOCK', 900, '{CAC}', '{CAC}'),
    ('COMPLAINT', 'EMERGENCY', 'CONTACT', 1800, 'WALL_CLOCK', 600, '{STATION_MANAGER}', '{STATION_MANAGER,REGIONAL_SERVICE_MANAGER}'),
    ('COMPLAINT', 'EMERGENCY', 'CLOSURE', 259200, 'WALL_CLOCK', 43200, '{STATION_MANAGER}', '{STATION_MANAGER,REGIONAL_SERVICE_MANAGER}'),
    ('COMPLAINT', 'EMERGENCY', 'CALLBACK', 28800, 'WORKING_TIME', 7200, '{CAC}', '{CAC}'),
    ('COMPLAINT', 'EMERGENCY', 'PROGRESS', 3600, 'WALL_CLOCK', 600, '{STATION_MANAGER}', '{STATION_MANAGER,REGIONAL_SERVICE_MANAGER}'),
    ('COMPLAINT', 'EMERGENCY', 'CUSTOMER_UPDATE', 7200, 'WALL_CLOCK', 900, '{STATION_MANAGER}', '{STATION_MANAGER}'),
    ('COMPLAINT', 'EMERGENCY', 'ESCALATION', 14400, 'WALL_CLOCK', 1800, '{STATION_MANAGER}', '{DEALER_GM,REGIONAL_VP}'),
    -- goodwill: the FMC confirms within 2 working days, CAC pays within 5
    ('GOODWILL', 'STANDARD', 'CONFIRMATION', 57600, 'WORKING_TIME', 14400, '{REGIONAL_SERVICE_MANAGER}', '{REGIONAL_SERVICE_MANAGER,REGIONAL_VP}'),
    ('GOODWILL', 'STANDARD', 'PAYMENT', 144000, 'WORKING_TIME', 28800, '{CAC}', '{CAC}');

-- Every network gets the defaults when it is created, however it is created.
CREATE FUNCTION dealerhub_start_clock_policies() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO public.clock_policy (network_code, case_type, variant, clock, duration_seconds, timing,
                                     warn_before_seconds, notify_on_warning, notify_on_breach)
    SELECT NEW.code, d.case_type, d.variant, d.clock, d.duration_seconds, d.timing, d.warn_before_seconds,
           d.notify_on_warning, d.notify_on_breach
    FROM public.default_clock_policy d
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER network_clock_policies AFTER INSERT ON network
    FOR EACH ROW EXECUTE FUNCTION dealerhub_start_clock_policies();

INSERT INTO clock_policy (network_code, case_type, variant, clock, duration_seconds, timing, warn_before_seconds,
                          notify_on_warning, notify_on_breach)
SELECT n.code, d.case_type, d.variant, d.clock, d.duration_seconds, d.timing, d.warn_before_seconds,
       d.notify_on_warning, d.notify_on_breach
FROM network n CROSS JOIN default_clock_policy d;

-- The variant of the case whose clocks a deadline counts (e.g. EMERGENCY), so a change of variant keeps elapsed time.
ALTER TABLE case_deadline ADD COLUMN variant text NOT NULL DEFAULT 'STANDARD';

CREATE TABLE complaint (
    id                        uuid PRIMARY KEY REFERENCES service_case (id),
    network_code              text        NOT NULL,
    dealer_code               text        NOT NULL,
    source                    text        NOT NULL CHECK (source IN ('HOTLINE', 'WEBSITE', 'LETTER', 'EMAIL', 'MEDIA', 'GOVERNMENT', 'OEM_CALLBACK')),
    category                  text        NOT NULL CHECK (category IN ('PRODUCT_QUALITY', 'SERVICE_QUALITY', 'PARTS_SUPPLY')),
    customer_name             text        NOT NULL,
    customer_phone            text        NOT NULL,
    vin                       text        NOT NULL,
    model                     text        NOT NULL,
    fault_category            text        NOT NULL,
    emergency                 boolean     NOT NULL DEFAULT false,
    insurance_status          text,
    aftermarket_modifications text,
    police_report             text,
    media                     boolean     NOT NULL DEFAULT false,
    media_name                text,
    media_column              text,
    reporter_name             text,
    reporter_contact          text,
    recorded_at               timestamptz NOT NULL,
    dispatched_at             timestamptz,
    contacted_at              timestamptz,
    delay_reason              text,
    closed_at                 timestamptz,
    resolution                text,
    callback_outcome          text,
    called_back_at            timestamptz,
    false_closures            int         NOT NULL DEFAULT 0,
    repeat_escalated          boolean     NOT NULL DEFAULT false,
    CHECK (NOT emergency OR (insurance_status IS NOT NULL AND aftermarket_modifications IS NOT NULL AND police_report IS NOT NULL)),
    CHECK (NOT media OR (media_name IS NOT NULL AND reporter_name IS NOT NULL AND reporter_contact IS NOT NULL))
);
SELECT dealerhub_protect_tenant_table('complaint');
-- the repeat rule looks for the same VIN and fault category across the network's dealers
CREATE INDEX complaint_repeat ON complaint (network_code, vin, fault_category, recorded_at);

-- What a dealer is held to account for. Readable by the dealer and by head office within reach.
CREATE TABLE dealer_penalty (
    id           bigserial PRIMARY KEY,
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL,
    case_id      uuid        NOT NULL REFERENCES service_case (id),
    kind         text        NOT NULL CHECK (kind IN ('FALSE_CLOSURE', 'REPEATED_COMPLAINT')),
    at           timestamptz NOT NULL,
    note         text        NOT NULL
);
SELECT dealerhub_protect_tenant_table('dealer_penalty');
CREATE INDEX dealer_penalty_dealer ON dealer_penalty (dealer_code, at);
