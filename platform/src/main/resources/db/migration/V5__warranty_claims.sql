-- Warranty claims (DOMAIN section 1): the network's catalogue (models with their warranty
-- terms, labor operations, parts), vehicles and their mileage history, adjudication
-- settings and approval chains, campaigns with their eligible VINs, TAC pre-authorisations
-- and the claims themselves.

-- Whether VINs of the network carry a check digit (China GB 16735 and North America do).
ALTER TABLE network_policy ADD COLUMN vin_check_digit boolean NOT NULL DEFAULT true;

-- What the OEM pays the dealer per labor hour of warranty work.
ALTER TABLE dealer ADD COLUMN labor_rate numeric(10, 2) NOT NULL DEFAULT 120.00 CHECK (labor_rate > 0);

-- Rows any user of the network reads and writes (vehicle facts learnt from claims, campaign
-- VINs marked as claimed); never visible to another network.
CREATE FUNCTION dealerhub_protect_network_shared_table(p_table regclass) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('CREATE POLICY network_shared ON %s USING (dealerhub_sees_network(network_code)) '
                       || 'WITH CHECK (dealerhub_sees_network(network_code))', p_table);
END
$$;

CREATE TABLE vehicle_model (
    network_code    text    NOT NULL REFERENCES network (code),
    code            text    NOT NULL,
    name            text    NOT NULL,
    warranty_months int     NOT NULL CHECK (warranty_months > 0),
    warranty_km     bigint  NOT NULL CHECK (warranty_km > 0),
    PRIMARY KEY (network_code, code)
);

CREATE TABLE labor_operation (
    network_code    text          NOT NULL REFERENCES network (code),
    code            text          NOT NULL,
    description     text          NOT NULL,
    flat_rate_hours numeric(6, 2) NOT NULL CHECK (flat_rate_hours > 0),
    PRIMARY KEY (network_code, code)
);

CREATE TABLE part (
    network_code text           NOT NULL REFERENCES network (code),
    number       text           NOT NULL,
    description  text           NOT NULL,
    unit_price   numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    special      boolean        NOT NULL DEFAULT false,
    PRIMARY KEY (network_code, number)
);

-- Auto-adjudication thresholds; every edit is a new version, and a claim records the one it was judged by.
CREATE TABLE adjudication_settings (
    network_code            text        NOT NULL REFERENCES network (code),
    version                 int         NOT NULL CHECK (version > 0),
    duplicate_window_days   int         NOT NULL CHECK (duplicate_window_days BETWEEN 0 AND 3650),
    labor_tolerance_percent int         NOT NULL CHECK (labor_tolerance_percent BETWEEN 0 AND 100),
    price_tolerance_percent int         NOT NULL CHECK (price_tolerance_percent BETWEEN 0 AND 100),
    changed_by              text        NOT NULL,
    changed_at              timestamptz NOT NULL,
    PRIMARY KEY (network_code, version)
);

-- The approvers a claim kind passes through after auto-adjudication, in order (roles).
CREATE TABLE approval_chain (
    network_code text   NOT NULL REFERENCES network (code),
    claim_kind   text   NOT NULL,
    steps        text[] NOT NULL CHECK (cardinality(steps) > 0),
    PRIMARY KEY (network_code, claim_kind)
);

CREATE TABLE campaign (
    network_code     text        NOT NULL REFERENCES network (code),
    code             text        NOT NULL,
    title            text        NOT NULL,
    labor_operations text[]      NOT NULL,
    parts            text[]      NOT NULL,
    valid_from       date        NOT NULL,
    valid_to         date        NOT NULL CHECK (valid_to >= valid_from),
    published_by     text        NOT NULL,
    published_at     timestamptz NOT NULL,
    PRIMARY KEY (network_code, code)
);

-- The VINs a campaign covers; claim_id marks the one claim a VIN may have in it.
CREATE TABLE campaign_vehicle (
    network_code  text NOT NULL,
    campaign_code text NOT NULL,
    vin           text NOT NULL,
    claim_id      uuid,
    PRIMARY KEY (network_code, campaign_code, vin),
    FOREIGN KEY (network_code, campaign_code) REFERENCES campaign (network_code, code)
);

CREATE TABLE vehicle (
    network_code text NOT NULL REFERENCES network (code),
    vin          text NOT NULL,
    model_code   text NOT NULL,
    sale_date    date NOT NULL,
    PRIMARY KEY (network_code, vin),
    FOREIGN KEY (network_code, model_code) REFERENCES vehicle_model (network_code, code)
);

-- What every claim told about its vehicle, from any dealer of the network: the mileage on a
-- date and the labor operations done. Feeds the mileage and duplicate checks; a rejected
-- claim stops counting.
CREATE TABLE vehicle_repair (
    claim_id         uuid PRIMARY KEY,
    network_code     text    NOT NULL,
    vin              text    NOT NULL,
    claim_number     text    NOT NULL,
    repair_date      date    NOT NULL,
    mileage          bigint  NOT NULL,
    labor_operations text[]  NOT NULL,
    counts           boolean NOT NULL DEFAULT true
);
CREATE INDEX vehicle_repair_vin ON vehicle_repair (network_code, vin);

SELECT dealerhub_protect_administered_table('vehicle_model', 'network_code');
SELECT dealerhub_protect_administered_table('labor_operation', 'network_code');
SELECT dealerhub_protect_administered_table('part', 'network_code');
SELECT dealerhub_protect_administered_table('adjudication_settings', 'network_code');
SELECT dealerhub_protect_administered_table('approval_chain', 'network_code');
SELECT dealerhub_protect_administered_table('campaign', 'network_code');
SELECT dealerhub_protect_network_shared_table('campaign_vehicle');
SELECT dealerhub_protect_network_shared_table('vehicle');
SELECT dealerhub_protect_network_shared_table('vehicle_repair');

-- A TAC pre-authorisation for a special or assembly part on one vehicle.
CREATE TABLE pre_authorisation (
    id           uuid PRIMARY KEY REFERENCES service_case (id),
    network_code text NOT NULL,
    dealer_code  text NOT NULL,
    vin          text NOT NULL,
    part_number  text NOT NULL,
    expires_on   date
);
SELECT dealerhub_protect_tenant_table('pre_authorisation');

-- The claim-specific part of a WARRANTY case (the case row holds number, state, timeline).
CREATE TABLE warranty_claim (
    id                   uuid PRIMARY KEY REFERENCES service_case (id),
    network_code         text           NOT NULL,
    dealer_code          text           NOT NULL,
    kind                 text           NOT NULL CHECK (kind IN ('REGULAR', 'SPECIAL_PART', 'CAMPAIGN', 'ODOMETER_ROLLBACK')),
    idempotency_key      text,
    repair_order         text           NOT NULL,
    vin                  text           NOT NULL,
    model_code           text           NOT NULL,
    sale_date            date           NOT NULL,
    repair_date          date           NOT NULL,
    mileage              bigint         NOT NULL CHECK (mileage >= 0),
    cause                text           NOT NULL DEFAULT '',
    labor                jsonb          NOT NULL,
    parts                jsonb          NOT NULL,
    sublet_amount        numeric(12, 2) NOT NULL DEFAULT 0 CHECK (sublet_amount >= 0),
    approved_sublet      numeric(12, 2),
    pre_authorisation_id uuid REFERENCES pre_authorisation (id),
    campaign_code        text,
    labor_rate           numeric(10, 2) NOT NULL,
    claimed_amount       numeric(14, 2) NOT NULL,
    approved_amount      numeric(14, 2),
    approval_steps       text[]         NOT NULL DEFAULT '{}',
    step_index           int            NOT NULL DEFAULT 0,
    adjudication         jsonb,
    settings_version     int,
    submissions          int            NOT NULL DEFAULT 0,
    submitted_at         timestamptz,
    settled_at           timestamptz,
    UNIQUE (dealer_code, idempotency_key)
);
CREATE INDEX warranty_claim_vin ON warranty_claim (network_code, vin);
CREATE INDEX warranty_claim_settled ON warranty_claim (dealer_code, settled_at) WHERE settled_at IS NOT NULL;
SELECT dealerhub_protect_tenant_table('warranty_claim');

CREATE INDEX service_case_state ON service_case (network_code, type, state, updated_at);

-- The case as indexed, now with the claim or pre-authorisation it carries.
CREATE OR REPLACE VIEW case_document WITH (security_invoker = true) AS
SELECT c.id,
       c.version,
       c.network_code,
       c.dealer_code,
       jsonb_build_object(
               'id', c.id, 'number', c.number, 'type', c.type, 'state', c.state,
               'network', c.network_code, 'dealerCode', c.dealer_code, 'dealerName', d.name,
               'regionCode', d.region_code, 'regionName', r.name,
               'subject', c.subject, 'description', c.description, 'createdBy', c.created_by,
               'createdAt', c.created_at, 'updatedAt', c.updated_at, 'version', c.version,
               'timeline', COALESCE((SELECT jsonb_agg(jsonb_build_object(
                                                      'at', t.at, 'actor', t.actor, 'action', t.action,
                                                      'fromState', t.from_state, 'toState', t.to_state,
                                                      'note', t.note) ORDER BY t.id)
                                     FROM case_timeline t
                                     WHERE t.case_id = c.id), '[]'::jsonb)
       ) || CASE WHEN w.id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object(
               'vin', w.vin, 'kind', w.kind, 'model', w.model_code, 'repairOrder', w.repair_order,
               'repairDate', w.repair_date, 'mileage', w.mileage, 'cause', w.cause,
               'laborOperations', (SELECT COALESCE(jsonb_agg(l -> 'operation'), '[]'::jsonb) FROM jsonb_array_elements(w.labor) l),
               'parts', (SELECT COALESCE(jsonb_agg(p -> 'number'), '[]'::jsonb) FROM jsonb_array_elements(w.parts) p),
               'campaign', w.campaign_code, 'amount', COALESCE(w.approved_amount, w.claimed_amount),
               'settledAt', w.settled_at) END
         || CASE WHEN a.id IS NULL THEN '{}'::jsonb
                 ELSE jsonb_build_object('vin', a.vin, 'parts', jsonb_build_array(a.part_number)) END
           AS document
FROM service_case c
         JOIN dealer d ON d.code = c.dealer_code
         JOIN region r ON r.code = d.region_code
         LEFT JOIN warranty_claim w ON w.id = c.id
         LEFT JOIN pre_authorisation a ON a.id = c.id;

GRANT SELECT, INSERT, UPDATE, DELETE ON vehicle_model, labor_operation, part, adjudication_settings, approval_chain,
    campaign, campaign_vehicle, vehicle, vehicle_repair, pre_authorisation, warranty_claim TO ${app_role};
