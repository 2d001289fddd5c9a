-- Peyvand schema 5: payments and collections (domain.md §4, docs/payments.md).
-- An invoice's balance is its grand total minus its payments in status
-- 'settled'; payments/PaymentService moves the invoice between issued and
-- settled so that it is settled exactly when that balance is zero.

-- A cheque, received from a customer or issued by the business. Its status
-- follows the state machine of domain.md §4 (payments/ChequeStates); every
-- change is a row of cheque_events.
CREATE TABLE cheques (
    id             INTEGER PRIMARY KEY,
    direction      TEXT    NOT NULL DEFAULT 'received' CHECK (direction IN ('received', 'issued')),
    status         TEXT    NOT NULL DEFAULT 'received' CHECK (status IN
                       ('received', 'deposited', 'cleared', 'bounced', 'returned', 'redeposited', 'transferred', 'cancelled')),
    sayad_id       TEXT    NOT NULL CHECK (length(sayad_id) = 16 AND sayad_id NOT GLOB '*[^0-9]*'),
    serial         TEXT    NOT NULL DEFAULT '',
    amount         INTEGER NOT NULL CHECK (amount > 0),
    bank           TEXT    NOT NULL DEFAULT '',
    branch_name    TEXT    NOT NULL DEFAULT '',
    branch_code    TEXT    NOT NULL DEFAULT '',
    account_type   TEXT    NOT NULL DEFAULT 'current' CHECK (account_type IN ('current', 'savings', 'other')),
    account_number TEXT    NOT NULL DEFAULT '',
    drawer_name    TEXT    NOT NULL DEFAULT '',   -- received: who signed it; issued: the payee
    drawer_id      TEXT    NOT NULL DEFAULT '',   -- their national or legal ID
    due_date       TEXT    NOT NULL,              -- سررسید, Gregorian 'YYYY-MM-DD'
    entry_date     TEXT    NOT NULL,
    status_date    TEXT    NOT NULL,              -- the day of the last transition (entry_date at first)
    customer_id    INTEGER REFERENCES customers (id) ON DELETE RESTRICT,
    document_id    INTEGER REFERENCES documents (id) ON DELETE RESTRICT,
    instalment_id  INTEGER REFERENCES instalments (id) ON DELETE SET NULL,
    image          BLOB,                          -- the scan, at most 10 MB
    image_mime     TEXT    NOT NULL DEFAULT '',
    note           TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX cheques_by_due      ON cheques (due_date, id);
CREATE INDEX cheques_by_status   ON cheques (status, due_date, id);
CREATE INDEX cheques_by_customer ON cheques (customer_id, due_date) WHERE customer_id IS NOT NULL;
CREATE INDEX cheques_by_document ON cheques (document_id) WHERE document_id IS NOT NULL;
CREATE INDEX cheques_by_sayad    ON cheques (sayad_id);

CREATE TABLE cheque_events (
    id          INTEGER PRIMARY KEY,
    cheque_id   INTEGER NOT NULL REFERENCES cheques (id) ON DELETE CASCADE,
    from_status TEXT    NOT NULL DEFAULT '',      -- '' for the entry itself
    to_status   TEXT    NOT NULL,
    event_date  TEXT    NOT NULL,                 -- the day it happened, as the user says
    note        TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL                  -- when it was recorded
) STRICT;
CREATE INDEX cheque_events_by_cheque ON cheque_events (cheque_id, id);

-- One plan per invoice: a down payment (seq 0, may be 0 Rial) and N dated
-- instalments that add up exactly to the balance when the plan was made
-- (base_paid is what had been settled by then). Money counts towards the
-- plan when its payment row is newer than last_payment_id, or when it is a
-- cheque cleared by a cheque_events row newer than last_event_id: ids, not
-- timestamps, because a script makes a payment and a plan in one second.
CREATE TABLE instalment_plans (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    base_paid   INTEGER NOT NULL DEFAULT 0 CHECK (base_paid >= 0),
    last_payment_id INTEGER NOT NULL DEFAULT 0,   -- max(payments.id) when the plan was made
    last_event_id   INTEGER NOT NULL DEFAULT 0,   -- max(cheque_events.id) then
    interval    TEXT    NOT NULL,                 -- '1m', '2w', '30d', … or 'custom'
    start_date  TEXT    NOT NULL,                 -- the down payment's due date
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;

CREATE TABLE instalments (
    id       INTEGER PRIMARY KEY,
    plan_id  INTEGER NOT NULL REFERENCES instalment_plans (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL CHECK (seq >= 0),   -- 0: the down payment
    due_date TEXT    NOT NULL,
    amount   INTEGER NOT NULL CHECK (amount >= 0),
    UNIQUE (plan_id, seq)
) STRICT;
CREATE INDEX instalments_by_due ON instalments (due_date, plan_id);

-- Money received, or promised, from a customer: against an invoice, or on
-- account (document_id NULL). Status:
--   settled  money in hand: cash, POS, deposit slip, card-to-card; a cheque once cleared
--   pending  a cheque not cleared yet; a credit promise not kept yet
--   kept     a credit promise that later payments made good (never counted twice)
--   failed   a cheque that bounced, was returned or cancelled
--   void     recorded by mistake and withdrawn (kept for the audit trail)
-- A cheque larger than what an invoice still needs funds two rows: the
-- invoice's part and the rest on account.
CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    document_id   INTEGER REFERENCES documents (id) ON DELETE RESTRICT,
    instalment_id INTEGER REFERENCES instalments (id) ON DELETE SET NULL,
    cheque_id     INTEGER REFERENCES cheques (id) ON DELETE RESTRICT,
    method        TEXT    NOT NULL CHECK (method IN ('cash', 'pos', 'deposit', 'card', 'credit', 'cheque')),
    status        TEXT    NOT NULL CHECK (status IN ('settled', 'pending', 'kept', 'failed', 'void')),
    amount        INTEGER NOT NULL CHECK (amount > 0),
    paid_on       TEXT    NOT NULL,               -- the day it was received or promised
    due_date      TEXT,                           -- credit promises and cheques
    settled_on    TEXT,                           -- the day it became money (a cheque: cleared)
    terminal      TEXT    NOT NULL DEFAULT '',    -- POS
    trace_number  TEXT    NOT NULL DEFAULT '',    -- POS
    masked_card   TEXT    NOT NULL DEFAULT '',    -- POS, card-to-card: 6 first and 4 last digits
    bank          TEXT    NOT NULL DEFAULT '',    -- deposit slip
    account       TEXT    NOT NULL DEFAULT '',    -- deposit slip, card-to-card: destination account or card
    reference     TEXT    NOT NULL DEFAULT '',    -- slip / tracking number
    payer_name    TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX payments_by_document ON payments (document_id, status, amount) WHERE document_id IS NOT NULL;
CREATE INDEX payments_by_customer ON payments (customer_id, paid_on);
CREATE INDEX payments_by_cheque   ON payments (cheque_id) WHERE cheque_id IS NOT NULL;
CREATE INDEX payments_open_promises ON payments (due_date) WHERE method = 'credit' AND status = 'pending';

-- Invoices marked settled before payments existed (schema 4 had a plain
-- "mark settled") keep that meaning: one cash payment of their total.
INSERT INTO payments (customer_id, document_id, method, status, amount, paid_on, settled_on, note, created_at, updated_at)
SELECT customer_id, id, 'cash', 'settled', grand_total, substr(state_changed_at, 1, 10), substr(state_changed_at, 1, 10),
       'migrated: marked settled before schema 5', state_changed_at, state_changed_at
FROM documents WHERE type = 'invoice' AND state = 'settled' AND grand_total > 0;

