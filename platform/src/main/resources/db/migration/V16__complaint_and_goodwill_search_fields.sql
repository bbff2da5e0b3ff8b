-- Complaints' and goodwill claims' own fields in the indexed case (ADR 0013's recipe: one view per
-- type, one more branch of case_type_fields).

CREATE VIEW case_fields_complaint WITH (security_invoker = true) AS
SELECT k.id AS case_id,
       jsonb_build_object(
               'vin', k.vin, 'model', k.model, 'source', k.source, 'category', k.category,
               'faultCategory', k.fault_category, 'emergency', k.emergency, 'media', k.media,
               'repeatEscalated', k.repeat_escalated, 'falseClosures', k.false_closures,
               'callbackOutcome', k.callback_outcome) AS fields
FROM complaint k;

CREATE VIEW case_fields_goodwill_claim WITH (security_invoker = true) AS
SELECT g.id AS case_id,
       jsonb_build_object(
               'complaintNumber', (SELECT c.number FROM service_case c WHERE c.id = g.complaint_id),
               'amount', COALESCE(g.paid_amount, g.oem_amount, g.cap_amount), 'settledAt', g.paid_at) AS fields
FROM goodwill_claim g;

CREATE OR REPLACE VIEW case_type_fields WITH (security_invoker = true) AS
SELECT case_id, fields FROM case_fields_warranty_claim
UNION ALL
SELECT case_id, fields FROM case_fields_pre_authorisation
UNION ALL
SELECT case_id, fields FROM case_fields_complaint
UNION ALL
SELECT case_id, fields FROM case_fields_goodwill_claim;
