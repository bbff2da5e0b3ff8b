-- Dealer account requests (unlock, create, change permissions) and case attachments.

-- Per-network rules of the account-request workflow, editable by head office.
CREATE TABLE network_policy (
    network_code                 text PRIMARY KEY REFERENCES network (code),
    account_request_window_months int  NOT NULL DEFAULT 12 CHECK (account_request_window_months BETWEEN 1 AND 120)
);
INSERT INTO network_policy (network_code) SELECT code FROM network;
SELECT dealerhub_protect_registry_table('network_policy', 'network_code');

-- The request-specific part of an ACCOUNT_REQUEST case (the case row holds number, state, timeline).
CREATE TABLE account_request (
    id                uuid PRIMARY KEY REFERENCES service_case (id),
    network_code      text    NOT NULL,
    dealer_code       text    NOT NULL,
    kind              text    NOT NULL CHECK (kind IN ('UNLOCK', 'CREATE', 'CHANGE_PERMISSIONS')),
    target_system     text    NOT NULL CHECK (target_system IN ('PLATFORM', 'DMS', 'SERVICE_CASE', 'TECHNICAL_INFORMATION')),
    account_username  text    NOT NULL,
    account_email     text,
    requested_roles   text[]  NOT NULL DEFAULT '{}',
    lock_reason       text,
    improvement_plan  text,
    repeat_request    boolean NOT NULL DEFAULT false,
    copied_to         text[]  NOT NULL DEFAULT '{}',
    batch_id          text,
    submitted_at      timestamptz
);
CREATE INDEX account_request_dealer ON account_request (dealer_code, submitted_at);
SELECT dealerhub_protect_tenant_table('account_request');

-- Files attached to a case: photos, scanned signed letters, invoices. The content is checked
-- against the declared type and its SHA-256 kept.
CREATE TABLE case_attachment (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES service_case (id),
    network_code text        NOT NULL,
    dealer_code  text        NOT NULL,
    purpose      text        NOT NULL,
    file_name    text        NOT NULL,
    content_type text        NOT NULL,
    size_bytes   bigint      NOT NULL,
    sha256       text        NOT NULL,
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
CREATE INDEX case_attachment_case ON case_attachment (case_id);
SELECT dealerhub_protect_tenant_table('case_attachment');

GRANT SELECT, INSERT, UPDATE, DELETE ON network_policy, account_request, case_attachment TO ${app_role};
