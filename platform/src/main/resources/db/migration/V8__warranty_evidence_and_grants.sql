-- Who supplied a file: the roles of the uploader when it was attached. An approver's evidence
-- (the FMC's signed statement) counts only when someone in that role attached it. Files attached
-- before this column existed carry no roles and count for no approver.
ALTER TABLE case_attachment ADD COLUMN uploader_roles text[] NOT NULL DEFAULT '{}';

-- A TAC grant covers repairs from the day it was granted until it expires, and a number of
-- claims (one unless the TAC says more).
ALTER TABLE pre_authorisation ADD COLUMN granted_on date;
ALTER TABLE pre_authorisation ADD COLUMN claims_allowed integer NOT NULL DEFAULT 1 CHECK (claims_allowed BETWEEN 1 AND 99);
UPDATE pre_authorisation p
SET granted_on = (SELECT min(t.at)::date FROM case_timeline t WHERE t.case_id = p.id AND t.action = 'GRANT')
WHERE p.expires_on IS NOT NULL;

-- A DMS that sends a known idempotency key again must send the same claim; the digest of the
-- first body tells. Claims received before this column existed have none and are not compared.
ALTER TABLE warranty_claim ADD COLUMN request_digest text;
