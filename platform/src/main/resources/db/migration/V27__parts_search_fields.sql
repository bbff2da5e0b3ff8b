-- Parts orders' and missing-part requests' own fields in the indexed case (ADR 0013's recipe), in
-- fields the index already maps: kind, VIN, campaign, parts, amount.

CREATE VIEW case_fields_parts_order WITH (security_invoker = true) AS
SELECT o.id AS case_id,
       jsonb_strip_nulls(jsonb_build_object(
               'kind', o.kind, 'vin', o.vin, 'campaign', o.campaign_code, 'amount', o.value,
               'parts', (SELECT COALESCE(jsonb_agg(l.part_number ORDER BY l.line_no), '[]'::jsonb)
                         FROM parts_order_line l WHERE l.order_id = o.id))) AS fields
FROM parts_order o;

CREATE VIEW case_fields_missing_part_request WITH (security_invoker = true) AS
SELECT m.id AS case_id,
       jsonb_strip_nulls(jsonb_build_object(
               'vin', m.vin,
               'parts', CASE WHEN m.part_number IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(m.part_number) END)) AS fields
FROM missing_part_request m;

CREATE OR REPLACE VIEW case_type_fields WITH (security_invoker = true) AS
SELECT case_id, fields FROM case_fields_warranty_claim
UNION ALL
SELECT case_id, fields FROM case_fields_pre_authorisation
UNION ALL
SELECT case_id, fields FROM case_fields_complaint
UNION ALL
SELECT case_id, fields FROM case_fields_goodwill_claim
UNION ALL
SELECT case_id, fields FROM case_fields_certification_application
UNION ALL
SELECT case_id, fields FROM case_fields_parts_order
UNION ALL
SELECT case_id, fields FROM case_fields_missing_part_request;
