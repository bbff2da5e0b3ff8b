-- Goodwill claims (DOMAIN section 2): opened from a complaint by the FMC with the allowed
-- conditions (an amount cap and the split between OEM, dealer and customer), submitted by the
-- dealer with the customer's signed agreement and the repair order or invoice, confirmed by the
-- FMC, paid by CAC. The OEM's share of a paid claim is a line of its own on the dealer's statement.

CREATE TABLE goodwill_claim (
    id                 uuid PRIMARY KEY REFERENCES service_case (id),
    network_code       text           NOT NULL,
    dealer_code        text           NOT NULL,
    complaint_id       uuid           NOT NULL REFERENCES service_case (id),
    cap_amount         numeric(12, 2) NOT NULL CHECK (cap_amount > 0),
    oem_share          numeric(5, 2)  NOT NULL CHECK (oem_share BETWEEN 0 AND 100),
    dealer_share       numeric(5, 2)  NOT NULL CHECK (dealer_share BETWEEN 0 AND 100),
    customer_share     numeric(5, 2)  NOT NULL CHECK (customer_share BETWEEN 0 AND 100),
    conditions         text           NOT NULL,
    requested_amount   numeric(12, 2) CHECK (requested_amount > 0 AND requested_amount <= cap_amount),
    oem_amount         numeric(12, 2),
    submitted_at       timestamptz,
    confirmed_at       timestamptz,
    paid_amount        numeric(12, 2),
    payment_reference  text,
    paid_at            timestamptz,
    CHECK (oem_share + dealer_share + customer_share = 100)
);
SELECT dealerhub_protect_tenant_table('goodwill_claim');
CREATE INDEX goodwill_claim_complaint ON goodwill_claim (complaint_id);
CREATE INDEX goodwill_claim_paid ON goodwill_claim (dealer_code, paid_at) WHERE paid_at IS NOT NULL;
