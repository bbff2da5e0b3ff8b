-- Approval chains become the case kernel's: one table per network, case type and variant (a
-- warranty claim's kind is its variant). The chains head office has set so far are warranty
-- claims' and stay as they are.
ALTER TABLE approval_chain RENAME COLUMN claim_kind TO variant;
ALTER TABLE approval_chain ADD COLUMN case_type text NOT NULL DEFAULT 'WARRANTY';
ALTER TABLE approval_chain ALTER COLUMN case_type DROP DEFAULT;
ALTER TABLE approval_chain DROP CONSTRAINT approval_chain_pkey;
ALTER TABLE approval_chain ADD PRIMARY KEY (network_code, case_type, variant);
