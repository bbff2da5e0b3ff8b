-- China's three guarantees for family cars (三包, DOMAIN section 9): the regulation's thresholds as
-- versions by effective date per network, the quality-related repairs of each VIN at every dealer of
-- the network (warranty claims and the dealers' repair orders), and the RED warnings already told.

-- One version of the thresholds per network and effective date; a repair is judged by the version in
-- effect on its day. Head office's quality department adds later versions (audited).
CREATE TABLE three_guarantees_rules (
    network_code                text        NOT NULL REFERENCES network (code),
    effective_from              date        NOT NULL,
    period_months               int         NOT NULL CHECK (period_months > 0),
    period_km                   int         NOT NULL CHECK (period_km > 0),
    repair_warranty_months      int         NOT NULL CHECK (repair_warranty_months >= period_months),
    repair_warranty_km          int         NOT NULL CHECK (repair_warranty_km >= period_km),
    max_repair_days             int         NOT NULL CHECK (max_repair_days > 0),
    max_same_problem_repairs    int         NOT NULL CHECK (max_same_problem_repairs > 0),
    serious_safety_repairs      int         NOT NULL CHECK (serious_safety_repairs > 0),
    major_part_replacements     int         NOT NULL CHECK (major_part_replacements > 0),
    loaner_from_day             int         NOT NULL CHECK (loaner_from_day > 0),
    yellow_repair_days          int         NOT NULL,
    orange_repair_days          int         NOT NULL,
    yellow_same_problem_repairs int         NOT NULL,
    orange_same_problem_repairs int         NOT NULL,
    changed_by                  text        NOT NULL,
    changed_at                  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network_code, effective_from),
    CHECK (yellow_repair_days BETWEEN 1 AND orange_repair_days AND orange_repair_days <= max_repair_days),
    CHECK (yellow_same_problem_repairs BETWEEN 1 AND orange_same_problem_repairs
        AND orange_same_problem_repairs <= max_same_problem_repairs)
);
SELECT dealerhub_protect_administered_table('three_guarantees_rules', 'network_code');

-- 《家用汽车产品修理更换退货责任规定》 (2021), in force from 1 January 2022: every network starts with it.
CREATE FUNCTION dealerhub_start_three_guarantees_rules() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO public.three_guarantees_rules VALUES
        (NEW.code, DATE '2022-01-01', 24, 50000, 36, 60000, 30, 4, 2, 2, 6, 20, 25, 3, 4, 'regulation-2021', now())
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER network_three_guarantees_rules AFTER INSERT ON network
    FOR EACH ROW EXECUTE FUNCTION dealerhub_start_three_guarantees_rules();

INSERT INTO three_guarantees_rules
SELECT code, DATE '2022-01-01', 24, 50000, 36, 60000, 30, 4, 2, 2, 6, 20, 25, 3, 4, 'regulation-2021', now() FROM network;

-- The quality-related repairs of a VIN, from any dealer of the network (like vehicle_repair, ADR 0010):
-- a submitted warranty claim (reference = claim number, repair_order as the claim names it) or a
-- repair order of the service feed (reference = RO number), one row per dealer, source and reference.
CREATE TABLE three_guarantees_repair (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    network_code        text        NOT NULL REFERENCES network (code),
    vin                 text        NOT NULL,
    dealer_code         text        NOT NULL,
    source              text        NOT NULL CHECK (source IN ('CLAIM', 'REPAIR_ORDER')),
    reference           text        NOT NULL,
    repair_order        text,
    claim_id            uuid UNIQUE,
    opened_at           timestamptz NOT NULL,
    closed_at           timestamptz CHECK (closed_at IS NULL OR closed_at >= opened_at),
    mileage             bigint      NOT NULL CHECK (mileage >= 0),
    problem_codes       text[]      NOT NULL,
    serious_safety      boolean     NOT NULL DEFAULT false,
    major_part          text CHECK (major_part IN ('ENGINE', 'TRANSMISSION', 'TRACTION_BATTERY', 'DRIVE_MOTOR',
                                                   'STEERING', 'BRAKES', 'BODY')),
    transport_days      int         NOT NULL DEFAULT 0 CHECK (transport_days >= 0),
    -- a rejected claim stops counting
    counts              boolean     NOT NULL DEFAULT true,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (network_code, dealer_code, source, reference),
    CHECK ((source = 'CLAIM') = (claim_id IS NOT NULL))
);
CREATE INDEX three_guarantees_repair_vin ON three_guarantees_repair (network_code, vin);
SELECT dealerhub_protect_network_shared_table('three_guarantees_repair');

-- A RED reason of a VIN told to the regional service manager (FMC): once per VIN and reason.
CREATE TABLE three_guarantees_alert (
    network_code text        NOT NULL REFERENCES network (code),
    vin          text        NOT NULL,
    reason_code  text        NOT NULL,
    dealer_code  text        NOT NULL,
    notified_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network_code, vin, reason_code)
);
SELECT dealerhub_protect_network_shared_table('three_guarantees_alert');

-- The catalogue flags the parts that are a major part (主要总成) of the regulation.
ALTER TABLE part ADD COLUMN major_part_group text CHECK (major_part_group IN ('ENGINE', 'TRANSMISSION', 'TRACTION_BATTERY',
                                                                             'DRIVE_MOTOR', 'STEERING', 'BRAKES', 'BODY'));

-- A notification about a vehicle rather than a case (a three-guarantees warning) has no case.
ALTER TABLE notification ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE sms_message ALTER COLUMN case_id DROP NOT NULL;
