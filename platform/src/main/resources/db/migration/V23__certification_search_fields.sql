-- Certification applications' own fields in the indexed case (ADR 0013's recipe): the person,
-- the programme level and the certificate issued.

CREATE VIEW case_fields_certification_application WITH (security_invoker = true) AS
SELECT a.id AS case_id,
       jsonb_build_object(
               'personName', p.name, 'staffNumber', p.staff_number, 'programme', a.programme_code,
               'level', a.level, 'renewal', a.renewal,
               'certificateNumber', (SELECT c.number FROM certificate c WHERE c.id = a.certificate_id)) AS fields
FROM certification_application a
         JOIN person p ON p.id = a.person_id;

CREATE OR REPLACE VIEW case_type_fields WITH (security_invoker = true) AS
SELECT case_id, fields FROM case_fields_warranty_claim
UNION ALL
SELECT case_id, fields FROM case_fields_pre_authorisation
UNION ALL
SELECT case_id, fields FROM case_fields_complaint
UNION ALL
SELECT case_id, fields FROM case_fields_goodwill_claim
UNION ALL
SELECT case_id, fields FROM case_fields_certification_application;
