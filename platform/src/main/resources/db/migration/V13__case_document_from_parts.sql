-- The indexed case document, built from parts (ADR 0013): the common view builds what every case
-- has once, and merges in
--   * the fields of the case's type, from case_type_fields: the union of one small view per type
--     (case_id, fields jsonb). A type adds its fields with its own view and one more branch of
--     that union, never with a copy of case_document (as V5 once did for warranty claims);
--   * the case's SLA state, from case_sla_fields: its clocks, the next due time, the overall state.
-- The views stay security invokers, so row-level security applies to every part.

-- A warranty claim's own fields (formerly copied into case_document by V5).
CREATE VIEW case_fields_warranty_claim WITH (security_invoker = true) AS
SELECT w.id AS case_id,
       jsonb_build_object(
               'vin', w.vin, 'kind', w.kind, 'model', w.model_code, 'repairOrder', w.repair_order,
               'repairDate', w.repair_date, 'mileage', w.mileage, 'cause', w.cause,
               'laborOperations', (SELECT COALESCE(jsonb_agg(l -> 'operation'), '[]'::jsonb) FROM jsonb_array_elements(w.labor) l),
               'parts', (SELECT COALESCE(jsonb_agg(p -> 'number'), '[]'::jsonb) FROM jsonb_array_elements(w.parts) p),
               'campaign', w.campaign_code, 'amount', COALESCE(w.approved_amount, w.claimed_amount),
               'settledAt', w.settled_at) AS fields
FROM warranty_claim w;

-- A TAC pre-authorisation's own fields: found by its VIN and its part like a claim.
CREATE VIEW case_fields_pre_authorisation WITH (security_invoker = true) AS
SELECT a.id AS case_id,
       jsonb_build_object('vin', a.vin, 'parts', jsonb_build_array(a.part_number)) AS fields
FROM pre_authorisation a;

-- Every type's own fields; a type with fields of its own adds its view here (CREATE OR REPLACE).
CREATE VIEW case_type_fields WITH (security_invoker = true) AS
SELECT case_id, fields FROM case_fields_warranty_claim
UNION ALL
SELECT case_id, fields FROM case_fields_pre_authorisation;

-- Merges the jsonb objects of a group into one (later keys win).
CREATE AGGREGATE dealerhub_jsonb_merge(jsonb) (SFUNC = jsonb_concat, STYPE = jsonb, INITCOND = '{}');

-- Each SLA clock of a case with its status, as cases/sla/SlaClock.status tells it, except that a
-- breach, once fired (breached_at), stays a breach whatever the clock does next.
CREATE VIEW case_sla_clock WITH (security_invoker = true) AS
SELECT d.case_id,
       d.clock,
       d.due_at,
       d.warned_at IS NOT NULL                               AS warned,
       d.running_since IS NOT NULL AND d.stopped_at IS NULL AS running,
       CASE
           WHEN d.breached_at IS NOT NULL THEN 'BREACHED'
           WHEN d.stopped_at IS NOT NULL THEN CASE WHEN d.stopped_at > d.due_at THEN 'BREACHED' ELSE 'MET' END
           WHEN d.running_since IS NULL THEN 'PAUSED'
           WHEN d.due_at < now() THEN 'BREACHED'
           ELSE 'RUNNING'
           END                                               AS status
FROM case_deadline d;

-- A case's SLA state for search, for cases with at least one clock:
--   clocks:    each clock's name, due time (none while paused), status and whether it warned;
--   nextDueAt: the earliest due time of its running clocks (in the past when one is overdue);
--   slaState:  BREACHED if any clock breached, else WARNED if a running clock has warned, else ON_TIME.
-- A case without clocks has slaState NONE (see case_document).
CREATE VIEW case_sla_fields WITH (security_invoker = true) AS
SELECT case_id,
       jsonb_build_object(
               'clocks', jsonb_agg(jsonb_build_object('name', clock, 'dueAt', due_at, 'status', status, 'warned', warned)
                                   ORDER BY clock),
               'nextDueAt', min(due_at) FILTER (WHERE running),
               'slaState', CASE
                               WHEN bool_or(status = 'BREACHED') THEN 'BREACHED'
                               WHEN bool_or(running AND warned) THEN 'WARNED'
                               ELSE 'ON_TIME' END) AS fields
FROM case_sla_clock
GROUP BY case_id;

-- The case as indexed: its type's fields first, so that they never replace a common field.
CREATE OR REPLACE VIEW case_document WITH (security_invoker = true) AS
SELECT c.id,
       c.version,
       c.network_code,
       c.dealer_code,
       COALESCE((SELECT dealerhub_jsonb_merge(f.fields) FROM case_type_fields f WHERE f.case_id = c.id), '{}'::jsonb)
           || jsonb_build_object(
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
                                         WHERE t.case_id = c.id), '[]'::jsonb))
           || COALESCE((SELECT s.fields FROM case_sla_fields s WHERE s.case_id = c.id),
                       jsonb_build_object('clocks', '[]'::jsonb, 'nextDueAt', NULL, 'slaState', 'NONE'))
           AS document
FROM service_case c
         JOIN dealer d ON d.code = c.dealer_code
         JOIN region r ON r.code = d.region_code;
