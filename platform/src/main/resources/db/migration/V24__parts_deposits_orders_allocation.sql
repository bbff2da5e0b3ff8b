-- Parts (DOMAIN section 6): each dealer's deposit ledger, the OEM's stock per warehouse, parts
-- orders (a case type) with their lines, and allocation runs under shortage with the result and
-- reason of every line.

-- The network's allocation tiers, highest first (VOR, campaign, stock by default).
CREATE TABLE parts_settings (
    network_code text PRIMARY KEY REFERENCES network (code),
    tiers        text[] NOT NULL DEFAULT '{VOR,CAMPAIGN,STOCK}'
        CHECK (cardinality(tiers) = 3 AND tiers @> '{VOR,CAMPAIGN,STOCK}')
);
SELECT dealerhub_protect_administered_table('parts_settings', 'network_code');
INSERT INTO parts_settings (network_code) SELECT code FROM network;

-- One row per dealer, locked (FOR UPDATE) by whatever spends or credits its deposit, so that two
-- orders at the same moment are checked one after the other and can never overdraw it.
CREATE TABLE parts_account (
    dealer_code  text PRIMARY KEY REFERENCES dealer (code),
    network_code text NOT NULL
);
SELECT dealerhub_protect_tenant_table('parts_account');

-- The deposit ledger, append-only: PAYMENT in, RELEASE out (deposit returned), INVOICE (parts
-- shipped, to be paid), INVOICE_PAID (an invoice settled). Deposit = payments − releases;
-- available = deposit − value of open order lines − unpaid invoices.
CREATE TABLE parts_deposit_entry (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    network_code text           NOT NULL,
    dealer_code  text           NOT NULL REFERENCES parts_account (dealer_code),
    kind         text           NOT NULL CHECK (kind IN ('PAYMENT', 'RELEASE', 'INVOICE', 'INVOICE_PAID')),
    amount       numeric(14, 2) NOT NULL CHECK (amount > 0),
    reference    text           NOT NULL,
    order_id     uuid REFERENCES service_case (id),
    recorded_by  text           NOT NULL,
    recorded_at  timestamptz    NOT NULL
);
SELECT dealerhub_protect_tenant_table('parts_deposit_entry');
CREATE INDEX parts_deposit_entry_dealer ON parts_deposit_entry (dealer_code, id);
REVOKE UPDATE, DELETE ON parts_deposit_entry FROM ${app_role}, ${worker_role};

-- The OEM's stock per warehouse and part of the catalogue.
CREATE TABLE oem_stock (
    network_code text        NOT NULL,
    warehouse    text        NOT NULL CHECK (warehouse ~ '^[A-Z0-9-]{2,20}$'),
    part_number  text        NOT NULL,
    quantity     int         NOT NULL CHECK (quantity >= 0),
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (network_code, warehouse, part_number),
    FOREIGN KEY (network_code, part_number) REFERENCES part (network_code, number)
);
SELECT dealerhub_protect_network_shared_table('oem_stock');

-- The order-specific part of a PARTS_ORDER case: a stock order, a vehicle-off-road order (VIN and
-- repair order), a campaign order (campaign code) or a forced campaign allocation (FORCED).
CREATE TABLE parts_order (
    id              uuid PRIMARY KEY REFERENCES service_case (id),
    network_code    text           NOT NULL,
    dealer_code     text           NOT NULL,
    kind            text           NOT NULL CHECK (kind IN ('STOCK', 'VOR', 'CAMPAIGN', 'FORCED')),
    idempotency_key text,
    vin             text,
    repair_order    text,
    campaign_code   text,
    placed_at       timestamptz    NOT NULL,
    value           numeric(14, 2) NOT NULL CHECK (value >= 0),
    UNIQUE (dealer_code, idempotency_key),
    CHECK ((kind = 'VOR') = (vin IS NOT NULL AND repair_order IS NOT NULL)),
    CHECK ((kind IN ('CAMPAIGN', 'FORCED')) = (campaign_code IS NOT NULL))
);
SELECT dealerhub_protect_tenant_table('parts_order');

-- A line: what was asked, allocated, shipped, received and cancelled (allocated ≤ asked − cancelled,
-- shipped ≤ allocated, received ≤ shipped); the rest of what was asked is on backorder.
CREATE TABLE parts_order_line (
    id           uuid PRIMARY KEY,
    order_id     uuid           NOT NULL REFERENCES parts_order (id),
    network_code text           NOT NULL,
    dealer_code  text           NOT NULL,
    line_no      int            NOT NULL CHECK (line_no > 0),
    part_number  text           NOT NULL,
    quantity     int            NOT NULL CHECK (quantity > 0),
    unit_price   numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    allocated    int            NOT NULL DEFAULT 0,
    shipped      int            NOT NULL DEFAULT 0,
    received     int            NOT NULL DEFAULT 0,
    cancelled    int            NOT NULL DEFAULT 0,
    UNIQUE (order_id, line_no),
    FOREIGN KEY (network_code, part_number) REFERENCES part (network_code, number),
    CHECK (cancelled >= 0 AND allocated >= 0 AND allocated <= quantity - cancelled),
    CHECK (shipped >= 0 AND shipped <= allocated),
    CHECK (received >= 0 AND received <= shipped)
);
SELECT dealerhub_protect_tenant_table('parts_order_line');
CREATE INDEX parts_order_line_open ON parts_order_line (network_code, part_number)
    WHERE allocated < quantity - cancelled;

-- An allocation run (committed; a simulation stores nothing) and what every line got in it, with
-- its tier, share, rank and the figures of its reason (the words, in either language, are written
-- from them when read: one wording, and a tenth of the bytes to write in a run).
CREATE TABLE allocation_run (
    id           uuid PRIMARY KEY,
    network_code text        NOT NULL REFERENCES network (code),
    warehouse    text        NOT NULL,
    run_by       text        NOT NULL,
    run_at       timestamptz NOT NULL,
    lines        int         NOT NULL,
    allocated    int         NOT NULL
);
SELECT dealerhub_protect_network_shared_table('allocation_run');

CREATE TABLE allocation_result (
    run_id       uuid          NOT NULL REFERENCES allocation_run (id),
    line_id      uuid          NOT NULL REFERENCES parts_order_line (id),
    network_code text          NOT NULL,
    dealer_code  text          NOT NULL,
    part_number  text          NOT NULL,
    tier         text          NOT NULL,
    asked        int           NOT NULL,
    allocated    int           NOT NULL,
    share        numeric(5, 4) NOT NULL,
    rank         int           NOT NULL,
    reason_code  text          NOT NULL CHECK (reason_code IN ('FULL', 'PRO_RATA', 'EXHAUSTED', 'NO_STOCK')),
    available    int           NOT NULL,
    tier_asked   int           NOT NULL,
    quota        numeric(14, 4) NOT NULL,
    rounded      boolean       NOT NULL,
    PRIMARY KEY (run_id, line_id)
);
SELECT dealerhub_protect_tenant_table('allocation_result');
CREATE INDEX allocation_result_line ON allocation_result (line_id);
