-- Peyvand schema 3: the product catalog, the company profile, dated tax
-- rates, pre-invoices and invoices with their lines and attachments
-- (domain.md §2–3). Money is INTEGER Rial, rates INTEGER basis points,
-- quantities INTEGER thousandths. Computed line and document amounts are
-- stored so that issued documents never change when rules or rates do.

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL CHECK (name <> ''),
    kind        TEXT    NOT NULL DEFAULT 'product' CHECK (kind IN ('product', 'service')),
    unit        TEXT    NOT NULL DEFAULT '',
    unit_price  INTEGER NOT NULL CHECK (unit_price >= 0),
    tax_exempt  INTEGER NOT NULL DEFAULT 0 CHECK (tax_exempt IN (0, 1)),
    category    TEXT    NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    name_sort   TEXT    NOT NULL,
    code_key    TEXT    NOT NULL,  -- search key of the code, unique when not empty
    search_text TEXT    NOT NULL   -- search keys of code, name and category
) STRICT;
CREATE UNIQUE INDEX products_by_code ON products (code_key) WHERE code_key <> '';
CREATE INDEX products_by_name ON products (name_sort, id);

-- One row: the seller printed on every document.
CREATE TABLE company_profile (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    name                   TEXT    NOT NULL DEFAULT '',
    economic_code          TEXT    NOT NULL DEFAULT '',
    national_id            TEXT    NOT NULL DEFAULT '',  -- national ID (person) or legal ID (company)
    registration_number    TEXT    NOT NULL DEFAULT '',
    address                TEXT    NOT NULL DEFAULT '',
    city                   TEXT    NOT NULL DEFAULT '',
    province               TEXT    NOT NULL DEFAULT '',
    postal_code            TEXT    NOT NULL DEFAULT '',
    phone                  TEXT    NOT NULL DEFAULT '',
    email                  TEXT    NOT NULL DEFAULT '',
    website                TEXT    NOT NULL DEFAULT '',
    logo                   BLOB,
    logo_mime              TEXT    NOT NULL DEFAULT '',
    stamp                  BLOB,
    stamp_mime             TEXT    NOT NULL DEFAULT '',
    default_terms          TEXT    NOT NULL DEFAULT '',
    quote_number_pattern   TEXT    NOT NULL DEFAULT 'PF-{year}-{seq:4}',
    invoice_number_pattern TEXT    NOT NULL DEFAULT 'INV-{year}-{seq:4}',
    default_validity_days  INTEGER NOT NULL DEFAULT 7 CHECK (default_validity_days BETWEEN 0 AND 3650),
    display_toman          INTEGER NOT NULL DEFAULT 0 CHECK (display_toman IN (0, 1)),
    tax_rounding           TEXT    NOT NULL DEFAULT 'toward_zero'
                           CHECK (tax_rounding IN ('toward_zero', 'half_up', 'floor', 'ceiling')),
    updated_at             TEXT    NOT NULL DEFAULT ''
) STRICT;
INSERT INTO company_profile (id) VALUES (1);

-- VAT and municipal duty in force from valid_from (domain.md §2).
CREATE TABLE tax_rates (
    valid_from TEXT    PRIMARY KEY,  -- Gregorian 'YYYY-MM-DD'
    vat_bp     INTEGER NOT NULL CHECK (vat_bp BETWEEN 0 AND 10000),
    duty_bp    INTEGER NOT NULL CHECK (duty_bp BETWEEN 0 AND 10000)
) STRICT, WITHOUT ROWID;
INSERT INTO tax_rates (valid_from, vat_bp, duty_bp) VALUES
    ('2023-03-21', 600, 300),   -- 1402/01/01: 9 %
    ('2024-03-20', 700, 300);   -- 1403/01/01: 10 %

-- The last number given per document type and Jalali year.
CREATE TABLE number_sequences (
    doc_type    TEXT    NOT NULL CHECK (doc_type IN ('quote', 'invoice')),
    jalali_year INTEGER NOT NULL,
    last_value  INTEGER NOT NULL,
    PRIMARY KEY (doc_type, jalali_year)
) STRICT, WITHOUT ROWID;

CREATE TABLE documents (
    id                 INTEGER PRIMARY KEY,
    type               TEXT    NOT NULL CHECK (type IN ('quote', 'invoice')),
    state              TEXT    NOT NULL CHECK (
        (type = 'quote' AND state IN ('draft', 'issued', 'accepted', 'rejected', 'expired', 'converted'))
        OR (type = 'invoice' AND state IN ('draft', 'issued', 'settled'))),
    number             TEXT    NOT NULL DEFAULT '',  -- given on issue
    customer_id        INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    source_id          INTEGER REFERENCES documents (id) ON DELETE SET NULL,  -- invoice -> its pre-invoice
    issue_date         TEXT    NOT NULL,
    valid_until        TEXT,
    marketer           TEXT    NOT NULL DEFAULT '',
    marketer_key       TEXT    NOT NULL DEFAULT '',
    outgoing_number    TEXT    NOT NULL DEFAULT '',
    remittance_number  TEXT    NOT NULL DEFAULT '',
    title              TEXT    NOT NULL DEFAULT '',
    description        TEXT    NOT NULL DEFAULT '',
    payment_terms      TEXT    NOT NULL DEFAULT 'cash' CHECK (payment_terms IN ('cash', 'credit')),
    payment_note       TEXT    NOT NULL DEFAULT '',
    discount_kind      TEXT    NOT NULL DEFAULT 'none' CHECK (discount_kind IN ('none', 'percent', 'amount')),
    discount_value     INTEGER NOT NULL DEFAULT 0,  -- basis points or Rial
    vat_bp             INTEGER NOT NULL CHECK (vat_bp BETWEEN 0 AND 10000),
    duty_bp            INTEGER NOT NULL CHECK (duty_bp BETWEEN 0 AND 10000),
    rates_overridden   INTEGER NOT NULL DEFAULT 0 CHECK (rates_overridden IN (0, 1)),
    tax_rounding       TEXT    NOT NULL DEFAULT 'toward_zero',
    gross_total        INTEGER NOT NULL DEFAULT 0,
    discount_total     INTEGER NOT NULL DEFAULT 0,
    additions_total    INTEGER NOT NULL DEFAULT 0,
    vat_total          INTEGER NOT NULL DEFAULT 0,
    duty_total         INTEGER NOT NULL DEFAULT 0,
    grand_total        INTEGER NOT NULL DEFAULT 0,
    seller_snapshot    TEXT    NOT NULL DEFAULT '',  -- JSON frozen on issue
    buyer_snapshot     TEXT    NOT NULL DEFAULT '',  -- JSON frozen on issue
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    issued_at          TEXT,
    state_changed_at   TEXT    NOT NULL,
    search_text        TEXT    NOT NULL DEFAULT ''   -- search keys of number and title, for the list filter
) STRICT;
CREATE UNIQUE INDEX documents_by_number ON documents (type, number) WHERE number <> '';
CREATE INDEX documents_by_date     ON documents (type, issue_date, id);
CREATE INDEX documents_by_state    ON documents (type, state, issue_date, id);
-- The list's sorts without a type filter (DocumentQuery); by customer it
-- walks customers_by_name and then each customer's documents by date.
CREATE INDEX documents_by_issue_date ON documents (issue_date, id);
CREATE INDEX documents_by_total      ON documents (grand_total, id);
CREATE INDEX documents_by_number_all ON documents (number, id);
CREATE INDEX documents_by_customer ON documents (customer_id, issue_date, id);
CREATE INDEX documents_by_marketer ON documents (marketer_key, issue_date) WHERE marketer_key <> '';
CREATE INDEX documents_by_source   ON documents (source_id) WHERE source_id IS NOT NULL;

-- Goods and service lines (kind 'item') and additions such as shipping
-- (kind 'addition': amount in unit_price, quantity 1, no discount).
CREATE TABLE document_lines (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    kind               TEXT    NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'addition')),
    product_id         INTEGER REFERENCES products (id) ON DELETE SET NULL,
    code               TEXT    NOT NULL DEFAULT '',
    description        TEXT    NOT NULL DEFAULT '',
    quantity_milli     INTEGER NOT NULL CHECK (quantity_milli >= 0),
    unit               TEXT    NOT NULL DEFAULT '',
    unit_price         INTEGER NOT NULL CHECK (unit_price >= 0),
    serial             TEXT    NOT NULL DEFAULT '',
    discount_kind      TEXT    NOT NULL DEFAULT 'none' CHECK (discount_kind IN ('none', 'percent', 'amount')),
    discount_value     INTEGER NOT NULL DEFAULT 0,
    taxable            INTEGER NOT NULL DEFAULT 1 CHECK (taxable IN (0, 1)),
    gross              INTEGER NOT NULL DEFAULT 0,
    line_discount      INTEGER NOT NULL DEFAULT 0,
    document_discount  INTEGER NOT NULL DEFAULT 0,
    net                INTEGER NOT NULL DEFAULT 0,
    vat                INTEGER NOT NULL DEFAULT 0,
    duty               INTEGER NOT NULL DEFAULT 0,
    total              INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, position)
) STRICT;
CREATE INDEX document_lines_by_product ON document_lines (product_id) WHERE product_id IS NOT NULL;

-- Files kept with a document (the signed contract, the accountant's invoice).
CREATE TABLE document_attachments (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL DEFAULT 'other' CHECK (purpose IN ('contract', 'accounting_invoice', 'other')),
    file_name   TEXT    NOT NULL,
    mime_type   TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    data        BLOB    NOT NULL,
    added_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX document_attachments_by_document ON document_attachments (document_id);

-- Issued documents are immutable (architecture rule 6): their lines cannot
-- change, and of the document itself only the state may move on.
CREATE TRIGGER document_lines_locked_insert BEFORE INSERT ON document_lines
WHEN (SELECT state FROM documents WHERE id = new.document_id) <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'document is issued and locked');
END;
CREATE TRIGGER document_lines_locked_update BEFORE UPDATE ON document_lines
WHEN (SELECT state FROM documents WHERE id = old.document_id) <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'document is issued and locked');
END;
CREATE TRIGGER document_lines_locked_delete BEFORE DELETE ON document_lines
WHEN (SELECT state FROM documents WHERE id = old.document_id) <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'document is issued and locked');
END;
CREATE TRIGGER documents_locked_update BEFORE UPDATE ON documents
WHEN old.state <> 'draft' AND (
       new.type IS NOT old.type OR new.number IS NOT old.number
    OR new.customer_id IS NOT old.customer_id OR new.issue_date IS NOT old.issue_date
    OR new.valid_until IS NOT old.valid_until OR new.title IS NOT old.title
    OR new.description IS NOT old.description OR new.discount_kind IS NOT old.discount_kind
    OR new.discount_value IS NOT old.discount_value OR new.vat_bp IS NOT old.vat_bp
    OR new.duty_bp IS NOT old.duty_bp OR new.grand_total IS NOT old.grand_total
    OR new.seller_snapshot IS NOT old.seller_snapshot OR new.buyer_snapshot IS NOT old.buyer_snapshot)
BEGIN
    SELECT RAISE(ABORT, 'document is issued and locked');
END;
CREATE TRIGGER documents_locked_delete BEFORE DELETE ON documents
WHEN old.state <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'document is issued and locked');
END;
