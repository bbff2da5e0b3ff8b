-- Every administrative change (networks, regions, dealers, dealer users): who, what, when,
-- before and after. Written by tenant-admin in the transaction of the change; visible
-- within the network it concerns.
CREATE TABLE admin_audit (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    network_code text        NOT NULL,
    action       text        NOT NULL,
    target_type  text        NOT NULL,
    target_id    text        NOT NULL,
    before       jsonb,
    after        jsonb
);
CREATE INDEX admin_audit_network_at ON admin_audit (network_code, at DESC);

SELECT dealerhub_protect_registry_table('admin_audit', 'network_code');
REVOKE UPDATE, DELETE ON admin_audit FROM ${app_role};
