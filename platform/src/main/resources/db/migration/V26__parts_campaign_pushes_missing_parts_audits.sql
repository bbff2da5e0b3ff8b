-- Parts (DOMAIN section 6), the OEM's side beyond orders: forced allocation of a campaign's parts to the
-- dealers repairing its vehicles, missing-part requests (a case type), targets and audits per dealer.

-- Where a campaign vehicle is to be repaired (the VIN import names it: "VIN,dealer"), and how many of each
-- campaign part one vehicle needs (a part of the campaign without a row needs one).
ALTER TABLE campaign_vehicle ADD COLUMN dealer_code text REFERENCES dealer (code);
CREATE INDEX campaign_vehicle_unrepaired ON campaign_vehicle (network_code, campaign_code, dealer_code)
    WHERE claim_id IS NULL;

CREATE TABLE campaign_part (
    network_code  text NOT NULL,
    campaign_code text NOT NULL,
    part_number   text NOT NULL,
    per_vehicle   int  NOT NULL CHECK (per_vehicle BETWEEN 1 AND 99),
    PRIMARY KEY (network_code, campaign_code, part_number),
    FOREIGN KEY (network_code, campaign_code) REFERENCES campaign (network_code, code),
    FOREIGN KEY (network_code, part_number) REFERENCES part (network_code, number)
);
SELECT dealerhub_protect_administered_table('campaign_part', 'network_code');

-- What a forced allocation pushed, per campaign vehicle and part, and in which order: a vehicle's part is
-- pushed once, so that pushing a campaign again pushes only vehicles (or parts) that are new since.
CREATE TABLE campaign_push_item (
    network_code  text        NOT NULL,
    campaign_code text        NOT NULL,
    vin           text        NOT NULL,
    part_number   text        NOT NULL,
    dealer_code   text        NOT NULL,
    quantity      int         NOT NULL CHECK (quantity > 0),
    order_id      uuid        NOT NULL REFERENCES parts_order (id),
    pushed_at     timestamptz NOT NULL,
    PRIMARY KEY (network_code, campaign_code, vin, part_number),
    FOREIGN KEY (network_code, campaign_code, vin) REFERENCES campaign_vehicle (network_code, campaign_code, vin)
);
SELECT dealerhub_protect_tenant_table('campaign_push_item');
CREATE INDEX campaign_push_item_order ON campaign_push_item (order_id);

-- The part of a MISSING_PART case: a part the dealer cannot order normally (its number, when known, or a
-- description), how many, the vehicle (optional) and why; the delivery date the OEM arranged, or why it declined.
CREATE TABLE missing_part_request (
    id               uuid PRIMARY KEY REFERENCES service_case (id),
    network_code     text NOT NULL,
    dealer_code      text NOT NULL,
    part_number      text,
    part_description text,
    quantity         int  NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
    vin              text,
    reason           text NOT NULL,
    delivery_date    date,
    delivery_note    text,
    decline_reason   text,
    CHECK (part_number IS NOT NULL OR part_description IS NOT NULL)
);
SELECT dealerhub_protect_tenant_table('missing_part_request');

-- The OEM's parts staff confirm (or decline) a missing-part request within 2 working days.
INSERT INTO default_clock_policy VALUES
    ('MISSING_PART', 'STANDARD', 'MISSING_PART_CONFIRM', 57600, 'WORKING_TIME', 14400, '{}', '{}');
INSERT INTO clock_policy (network_code, case_type, variant, clock, duration_seconds, timing, warn_before_seconds,
                          notify_on_warning, notify_on_breach)
SELECT n.code, d.case_type, d.variant, d.clock, d.duration_seconds, d.timing, d.warn_before_seconds,
       d.notify_on_warning, d.notify_on_breach
FROM network n CROSS JOIN default_clock_policy d
WHERE d.case_type = 'MISSING_PART';

-- The parts targets the OEM sets a dealer: fill rate (allocated ÷ asked, in percent) and days of supply.
CREATE TABLE parts_target (
    dealer_code       text PRIMARY KEY REFERENCES dealer (code),
    network_code      text          NOT NULL,
    fill_rate_percent numeric(5, 2) NOT NULL CHECK (fill_rate_percent BETWEEN 0 AND 100),
    days_of_supply    int           NOT NULL CHECK (days_of_supply BETWEEN 1 AND 365),
    set_by            text          NOT NULL,
    set_at            timestamptz   NOT NULL
);
SELECT dealerhub_protect_tenant_table('parts_target');

-- A parts audit of a dealer, by the OEM's own staff or a named third party, and its findings, each tracked
-- to closure: the dealer responds, the OEM closes it (or returns it for a better response).
CREATE TABLE parts_audit (
    id           uuid PRIMARY KEY,
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL REFERENCES dealer (code),
    audited_on   date        NOT NULL,
    auditor_kind text        NOT NULL CHECK (auditor_kind IN ('OWN_STAFF', 'THIRD_PARTY')),
    auditor      text        NOT NULL,
    summary      text        NOT NULL DEFAULT '',
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
SELECT dealerhub_protect_tenant_table('parts_audit');
CREATE INDEX parts_audit_dealer ON parts_audit (dealer_code, audited_on DESC);

CREATE TABLE parts_audit_finding (
    id           uuid PRIMARY KEY,
    audit_id     uuid        NOT NULL REFERENCES parts_audit (id),
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL,
    finding_no   int         NOT NULL CHECK (finding_no > 0),
    text         text        NOT NULL,
    state        text        NOT NULL CHECK (state IN ('OPEN', 'RESPONDED', 'CLOSED')),
    response     text,
    responded_by text,
    responded_at timestamptz,
    note         text,
    closed_by    text,
    closed_at    timestamptz,
    UNIQUE (audit_id, finding_no),
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL))
);
SELECT dealerhub_protect_tenant_table('parts_audit_finding');
CREATE INDEX parts_audit_finding_open ON parts_audit_finding (dealer_code) WHERE state <> 'CLOSED';
