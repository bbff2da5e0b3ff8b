-- Notifications of cases, through an outbox of their own: a row per channel is written in the
-- business transaction (rendered in the recipient's language), and a worker delivers e-mail and
-- SMS after commit, recording each attempt. Inbox rows are delivered when written.

-- Who holds a duty for a dealer, a region or the whole network (neither code set). Head office keeps it.
CREATE TABLE notification_contact (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    network_code text NOT NULL REFERENCES network (code),
    dealer_code  text REFERENCES dealer (code),
    region_code  text REFERENCES region (code),
    duty         text NOT NULL CHECK (duty IN ('STATION_MANAGER', 'DEALER_GM', 'REGIONAL_SERVICE_MANAGER', 'REGIONAL_VP', 'TAC', 'CAC')),
    name         text NOT NULL,
    username     text,
    email        text,
    mobile       text,
    locale       text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
    CHECK (dealer_code IS NULL OR region_code IS NULL),
    CHECK (username IS NOT NULL OR email IS NOT NULL OR mobile IS NOT NULL)
);
CREATE UNIQUE INDEX notification_contact_holder
    ON notification_contact (network_code, COALESCE(dealer_code, ''), COALESCE(region_code, ''), duty);
SELECT dealerhub_protect_administered_table('notification_contact', 'network_code');

CREATE TABLE notification (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            uuid        NOT NULL REFERENCES service_case (id),
    network_code       text        NOT NULL,
    dealer_code        text        NOT NULL,
    template           text        NOT NULL,
    channel            text        NOT NULL CHECK (channel IN ('INBOX', 'EMAIL', 'SMS')),
    recipient_name     text,
    recipient_username text,
    -- the username, e-mail address or mobile number the channel delivers to
    address            text        NOT NULL,
    locale             text        NOT NULL,
    subject            text,
    body               text        NOT NULL,
    status             text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts           integer     NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL DEFAULT now(),
    last_error         text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    sent_at            timestamptz,
    read_at            timestamptz,
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CHECK (read_at IS NULL OR channel = 'INBOX')
);
SELECT dealerhub_protect_tenant_table('notification');
CREATE INDEX notification_pending ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_inbox ON notification (recipient_username, id) WHERE channel = 'INBOX';
CREATE INDEX notification_case ON notification (case_id);

-- The local SMS gateway's messages: the stand-in for a real gateway, read by the console and the tests.
CREATE TABLE sms_message (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_id bigint      NOT NULL UNIQUE REFERENCES notification (id),
    case_id         uuid        NOT NULL REFERENCES service_case (id),
    network_code    text        NOT NULL,
    dealer_code     text        NOT NULL,
    phone           text        NOT NULL,
    text            text        NOT NULL,
    sent_at         timestamptz NOT NULL DEFAULT now()
);
SELECT dealerhub_protect_tenant_table('sms_message');
CREATE INDEX sms_message_case ON sms_message (case_id);

-- Who hears of a deadline's warning and breach: duties (notification_contact.duty), found for the case's dealer.
ALTER TABLE case_deadline
    ADD COLUMN notify_on_warning text[] NOT NULL DEFAULT '{}',
    ADD COLUMN notify_on_breach  text[] NOT NULL DEFAULT '{}';
