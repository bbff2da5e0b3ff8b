-- The fields the OEM's own KPIs read from the indexed case (ADR 0020), computed where the case is
-- written, so that a KPI is a count, a sum or a filter over the index and never a script:
--   * every case with clocks: each clock's status by name (`clockStatus.CONTACT`), which the
--     clocks array cannot answer (its objects are flattened by the index);
--   * warranty claims: first submission and final decision times, the cycle time between them,
--     whether the first auto-adjudication passed, and the reasons of every return and rejection:
--     the rules that failed an auto-adjudication (from its timeline summary, "OUTCOME (rules vN) —
--     Rule: reason; Rule: reason", written by warranty/claims/VerdictRecord) and APPROVER for an
--     approver's own return or rejection.

CREATE OR REPLACE VIEW case_sla_fields WITH (security_invoker = true) AS
SELECT case_id,
       jsonb_build_object(
               'clocks', jsonb_agg(jsonb_build_object('name', clock, 'dueAt', due_at, 'status', status, 'warned', warned)
                                   ORDER BY clock),
               'clockStatus', jsonb_object_agg(clock, status),
               'nextDueAt', min(due_at) FILTER (WHERE running),
               'slaState', CASE
                               WHEN bool_or(status = 'BREACHED') THEN 'BREACHED'
                               WHEN bool_or(running AND warned) THEN 'WARNED'
                               ELSE 'ON_TIME' END) AS fields
FROM case_sla_clock
GROUP BY case_id;

-- The rule names an auto-adjudication summary lists as failed.
CREATE FUNCTION dealerhub_failed_rules(summary text) RETURNS text[]
    LANGUAGE sql IMMUTABLE AS
$$
SELECT COALESCE(array_agg(DISTINCT m[1]), '{}')
FROM regexp_matches(COALESCE(summary, ''), '(?:— |; )([A-Z][A-Za-z0-9]*): ', 'g') AS m
$$;

CREATE OR REPLACE VIEW case_fields_warranty_claim WITH (security_invoker = true) AS
SELECT w.id AS case_id,
       jsonb_build_object(
               'vin', w.vin, 'kind', w.kind, 'model', w.model_code, 'repairOrder', w.repair_order,
               'repairDate', w.repair_date, 'mileage', w.mileage, 'cause', w.cause,
               'laborOperations', (SELECT COALESCE(jsonb_agg(l -> 'operation'), '[]'::jsonb) FROM jsonb_array_elements(w.labor) l),
               'parts', (SELECT COALESCE(jsonb_agg(p -> 'number'), '[]'::jsonb) FROM jsonb_array_elements(w.parts) p),
               'campaign', w.campaign_code, 'amount', COALESCE(w.approved_amount, w.claimed_amount),
               'settledAt', w.settled_at)
           || jsonb_strip_nulls(jsonb_build_object(
               'submittedAt', k.submitted_at,
               'decidedAt', k.decided_at,
               'cycleHours', round((extract(EPOCH FROM (k.decided_at - k.submitted_at)) / 3600)::numeric, 2),
               'autoPassedFirst', CASE WHEN k.first_auto_state IS NULL THEN NULL
                                       ELSE k.first_auto_state NOT IN ('RETURNED', 'REJECTED') END,
               'returned', COALESCE(k.returned, false),
               'rejected', COALESCE(k.rejected, false),
               'returnReasons', to_jsonb(COALESCE(k.return_reasons, '{}')),
               'rejectionReasons', to_jsonb(COALESCE(k.rejection_reasons, '{}')))) AS fields
FROM warranty_claim w
         LEFT JOIN LATERAL (
    SELECT min(t.at) FILTER (WHERE t.action = 'SUBMIT')                                          AS submitted_at,
           max(t.at) FILTER (WHERE t.to_state IN ('APPROVED', 'REJECTED'))                        AS decided_at,
           (array_agg(t.to_state ORDER BY t.id) FILTER (WHERE t.action = 'AUTO_ADJUDICATION'))[1] AS first_auto_state,
           bool_or(t.to_state = 'RETURNED')                                                       AS returned,
           bool_or(t.to_state = 'REJECTED')                                                       AS rejected,
           array_remove(array_agg(DISTINCT r.rule) FILTER (WHERE t.to_state = 'RETURNED'), NULL)  AS return_reasons,
           array_remove(array_agg(DISTINCT r.rule) FILTER (WHERE t.to_state = 'REJECTED'), NULL)  AS rejection_reasons
    FROM case_timeline t
             LEFT JOIN LATERAL (SELECT unnest(CASE
                                                  WHEN t.action = 'AUTO_ADJUDICATION' THEN dealerhub_failed_rules(t.note)
                                                  WHEN t.action IN ('RETURN', 'REJECT') THEN ARRAY ['APPROVER']
                                                  ELSE '{}'::text[] END) AS rule) r ON true
    WHERE t.case_id = w.id) k ON true;
