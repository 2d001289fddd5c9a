-- Peyvand schema 7: what the reports and the dashboard need (issue 8).
-- Reports aggregate in SQL, never by loading rows; these are the summary
-- tables and indexes that keep each report within its time budget at
-- 1,000,000 invoice lines and 100,000 customers (docs/performance.md).

-- Sales targets the owner sets, per Jalali month ('1404-07') or quarter
-- ('1404-Q3'), in Rial before tax.
CREATE TABLE sales_targets (
    period     TEXT    PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-9Q][0-9]'),
    amount     INTEGER NOT NULL CHECK (amount >= 0),
    updated_at TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------------
-- Sales summaries (sales by product, category, marketer, customer, city,
-- source; trends).
-- ---------------------------------------------------------------------

-- One row per sales invoice (issued or settled): its totals before and
-- with tax, its salesperson and customer, and the customer's CURRENT city
-- and source (copied in, moved by the triggers below when the customer
-- moves: reports show where customers are now, as users expect). Issued
-- invoices never change what is counted here (schema 3 and 6 triggers), and
-- settling or reopening one changes only its state, so rows are written once.
CREATE TABLE sales_invoices (
    document_id  INTEGER PRIMARY KEY,  -- documents.id
    issue_date   TEXT    NOT NULL,
    customer_id  INTEGER NOT NULL,
    marketer_key TEXT    NOT NULL,
    city_key     TEXT    NOT NULL,
    source_key   TEXT    NOT NULL,
    sales        INTEGER NOT NULL,     -- grand_total - vat_total - duty_total
    tax          INTEGER NOT NULL,     -- vat_total + duty_total
    total        INTEGER NOT NULL      -- grand_total
) STRICT;
-- Each grouping reads one covering index, in group order (no sort).
CREATE INDEX sales_invoices_by_customer ON sales_invoices (customer_id, issue_date, sales, tax, total);
CREATE INDEX sales_invoices_by_marketer ON sales_invoices (marketer_key, issue_date, sales, tax, total);
CREATE INDEX sales_invoices_by_city     ON sales_invoices (city_key, issue_date, sales, tax, total);
CREATE INDEX sales_invoices_by_source   ON sales_invoices (source_key, issue_date, sales, tax, total);

-- Invoiced lines per product and issue day, and per product and Gregorian
-- month ('2025-03'): a range reads its whole months from the second table
-- and only its ragged ends from the first (a year is then ~25,000 rows
-- rather than ~250,000). product_key is the product's id, 0 for lines not
-- from the catalog, -1 for additions such as shipping. invoices counts the
-- invoices with such lines (an invoice lies on one day, so sums stay exact).
CREATE TABLE sales_product_days (
    issue_date     TEXT    NOT NULL,
    product_key    INTEGER NOT NULL,
    invoices       INTEGER NOT NULL,
    quantity_milli INTEGER NOT NULL,   -- 0 for additions
    sales          INTEGER NOT NULL,   -- sum of line net (after discounts, before tax)
    tax            INTEGER NOT NULL,   -- sum of line vat + duty
    total          INTEGER NOT NULL,   -- sum of line total
    PRIMARY KEY (issue_date, product_key)
) STRICT, WITHOUT ROWID;
CREATE TABLE sales_product_months (
    month          TEXT    NOT NULL,   -- substr(issue_date, 1, 7)
    product_key    INTEGER NOT NULL,
    invoices       INTEGER NOT NULL,
    quantity_milli INTEGER NOT NULL,
    sales          INTEGER NOT NULL,
    tax            INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    PRIMARY KEY (month, product_key)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER sales_summary_issue AFTER UPDATE OF state ON documents
WHEN new.type = 'invoice' AND old.state = 'draft' AND new.state IN ('issued', 'settled') BEGIN
    INSERT INTO sales_invoices (document_id, issue_date, customer_id, marketer_key, city_key, source_key, sales, tax, total)
        SELECT new.id, new.issue_date, new.customer_id, new.marketer_key, coalesce(c.city_key, ''), coalesce(c.source_key, ''),
               new.grand_total - new.vat_total - new.duty_total, new.vat_total + new.duty_total, new.grand_total
        FROM (SELECT 1) LEFT JOIN customers c ON c.id = new.customer_id;
    INSERT INTO sales_product_days (issue_date, product_key, invoices, quantity_milli, sales, tax, total)
        SELECT new.issue_date, product_key, 1, quantity_milli, sales, tax, total FROM (
            SELECT CASE WHEN kind = 'addition' THEN -1 ELSE coalesce(product_id, 0) END AS product_key,
                   sum(CASE WHEN kind = 'addition' THEN 0 ELSE quantity_milli END) AS quantity_milli,
                   sum(net) AS sales, sum(vat + duty) AS tax, sum(total) AS total
            FROM document_lines WHERE document_id = new.id GROUP BY 1) WHERE true
        ON CONFLICT (issue_date, product_key) DO UPDATE SET
            invoices = invoices + 1, quantity_milli = quantity_milli + excluded.quantity_milli,
            sales = sales + excluded.sales, tax = tax + excluded.tax, total = total + excluded.total;
    INSERT INTO sales_product_months (month, product_key, invoices, quantity_milli, sales, tax, total)
        SELECT substr(new.issue_date, 1, 7), product_key, 1, quantity_milli, sales, tax, total FROM (
            SELECT CASE WHEN kind = 'addition' THEN -1 ELSE coalesce(product_id, 0) END AS product_key,
                   sum(CASE WHEN kind = 'addition' THEN 0 ELSE quantity_milli END) AS quantity_milli,
                   sum(net) AS sales, sum(vat + duty) AS tax, sum(total) AS total
            FROM document_lines WHERE document_id = new.id GROUP BY 1) WHERE true
        ON CONFLICT (month, product_key) DO UPDATE SET
            invoices = invoices + 1, quantity_milli = quantity_milli + excluded.quantity_milli,
            sales = sales + excluded.sales, tax = tax + excluded.tax, total = total + excluded.total;
END;

-- An invoice stored already issued has no lines (they cannot be added to an
-- issued document); only its totals count.
CREATE TRIGGER sales_summary_insert AFTER INSERT ON documents
WHEN new.type = 'invoice' AND new.state IN ('issued', 'settled') BEGIN
    INSERT INTO sales_invoices (document_id, issue_date, customer_id, marketer_key, city_key, source_key, sales, tax, total)
        SELECT new.id, new.issue_date, new.customer_id, new.marketer_key, coalesce(c.city_key, ''), coalesce(c.source_key, ''),
               new.grand_total - new.vat_total - new.duty_total, new.vat_total + new.duty_total, new.grand_total
        FROM (SELECT 1) LEFT JOIN customers c ON c.id = new.customer_id;
END;

CREATE TRIGGER sales_summary_city AFTER UPDATE OF city_key ON customers WHEN old.city_key <> new.city_key BEGIN
    UPDATE sales_invoices SET city_key = new.city_key WHERE customer_id = new.id;
END;
CREATE TRIGGER sales_summary_source AFTER UPDATE OF source_key ON customers WHEN old.source_key <> new.source_key BEGIN
    UPDATE sales_invoices SET source_key = new.source_key WHERE customer_id = new.id;
END;

-- The invoices issued before schema 7.
INSERT INTO sales_invoices (document_id, issue_date, customer_id, marketer_key, city_key, source_key, sales, tax, total)
    SELECT d.id, d.issue_date, d.customer_id, d.marketer_key, coalesce(c.city_key, ''), coalesce(c.source_key, ''),
           d.grand_total - d.vat_total - d.duty_total, d.vat_total + d.duty_total, d.grand_total
    FROM documents d LEFT JOIN customers c ON c.id = d.customer_id
    WHERE d.type = 'invoice' AND d.state IN ('issued', 'settled');
INSERT INTO sales_product_days (issue_date, product_key, invoices, quantity_milli, sales, tax, total)
    SELECT d.issue_date, CASE WHEN l.kind = 'addition' THEN -1 ELSE coalesce(l.product_id, 0) END,
           count(DISTINCT l.document_id), sum(CASE WHEN l.kind = 'addition' THEN 0 ELSE l.quantity_milli END),
           sum(l.net), sum(l.vat + l.duty), sum(l.total)
    FROM documents d JOIN document_lines l ON l.document_id = d.id
    WHERE d.type = 'invoice' AND d.state IN ('issued', 'settled')
    GROUP BY 1, 2;
INSERT INTO sales_product_months (month, product_key, invoices, quantity_milli, sales, tax, total)
    SELECT substr(issue_date, 1, 7), product_key, sum(invoices), sum(quantity_milli), sum(sales), sum(tax), sum(total)
    FROM sales_product_days GROUP BY 1, 2;



-- ---------------------------------------------------------------------
-- Customer value, forecast, funnel, receivables and ratings.
-- ---------------------------------------------------------------------

-- Per-customer sales (RFM, customer value, payment ratings): one row per
-- customer with an invoice issued or settled, kept by triggers when an
-- invoice leaves draft. Issued invoices never change customer, date or
-- totals, never go back to draft and are never deleted (schemas 3 and 6),
-- so the row stays exact. Indexes give the quintile cut points of RFM and
-- the customers ranked by sales without sorting.
CREATE TABLE customer_lifetime (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    first_day   INTEGER NOT NULL,   -- first invoice's issue date, as a Julian day number (QDate::toJulianDay)
    last_day    INTEGER NOT NULL,   -- last invoice's issue date, likewise: days apart by subtraction
    invoices    INTEGER NOT NULL,
    sales       INTEGER NOT NULL    -- before tax: grand_total - vat_total - duty_total
) STRICT;
CREATE INDEX customer_lifetime_by_last     ON customer_lifetime (last_day, customer_id);
CREATE INDEX customer_lifetime_by_invoices ON customer_lifetime (invoices, customer_id);
CREATE INDEX customer_lifetime_by_sales    ON customer_lifetime (sales, customer_id);

INSERT INTO customer_lifetime (customer_id, first_day, last_day, invoices, sales)
SELECT customer_id, CAST(julianday(min(issue_date)) + 0.5 AS INTEGER), CAST(julianday(max(issue_date)) + 0.5 AS INTEGER),
       count(*), sum(grand_total - vat_total - duty_total)
FROM documents WHERE type = 'invoice' AND state IN ('issued', 'settled') GROUP BY customer_id;

CREATE TRIGGER customer_lifetime_on_issue AFTER UPDATE OF state ON documents
WHEN new.type = 'invoice' AND old.state = 'draft' AND new.state IN ('issued', 'settled')
BEGIN
    INSERT INTO customer_lifetime (customer_id, first_day, last_day, invoices, sales)
    VALUES (new.customer_id, CAST(julianday(new.issue_date) + 0.5 AS INTEGER), CAST(julianday(new.issue_date) + 0.5 AS INTEGER), 1,
            new.grand_total - new.vat_total - new.duty_total)
    ON CONFLICT (customer_id) DO UPDATE SET
        first_day = min(first_day, excluded.first_day),
        last_day = max(last_day, excluded.last_day),
        invoices = invoices + 1,
        sales = sales + excluded.sales;
END;
CREATE TRIGGER customer_lifetime_on_insert AFTER INSERT ON documents
WHEN new.type = 'invoice' AND new.state IN ('issued', 'settled')
BEGIN
    INSERT INTO customer_lifetime (customer_id, first_day, last_day, invoices, sales)
    VALUES (new.customer_id, CAST(julianday(new.issue_date) + 0.5 AS INTEGER), CAST(julianday(new.issue_date) + 0.5 AS INTEGER), 1,
            new.grand_total - new.vat_total - new.duty_total)
    ON CONFLICT (customer_id) DO UPDATE SET
        first_day = min(first_day, excluded.first_day),
        last_day = max(last_day, excluded.last_day),
        invoices = invoices + 1,
        sales = sales + excluded.sales;
END;

-- The forecast's pre-invoice outlook: quotes by state with their validity
-- and totals, without reading the table.
CREATE INDEX documents_quote_outlook ON documents (type, state, valid_until, grand_total, vat_total, duty_total);

-- Payment ratings read every customer's received cheques, their bounces and
-- their credit promises from these indexes, never from the tables.
CREATE INDEX cheques_received_by_customer ON cheques (customer_id, due_date, status, status_date, direction, instalment_id)
    WHERE customer_id IS NOT NULL AND direction = 'received' AND instalment_id IS NULL;
CREATE INDEX cheque_events_bounced ON cheque_events (cheque_id) WHERE to_status = 'bounced';
CREATE INDEX payments_promises_by_customer ON payments (customer_id, due_date, status, settled_on, updated_at)
    WHERE method = 'credit' AND instalment_id IS NULL AND status IN ('pending', 'kept');

-- ---------------------------------------------------------------------
-- Dashboard.
-- ---------------------------------------------------------------------

-- Collected cash: settled payments by the day they became money.
CREATE INDEX payments_settled_by_day ON payments (settled_on, amount) WHERE status = 'settled';
-- Overdue receivables: the open invoices alone (a few percent of them all),
-- by customer, with what the balance needs besides the settled payments.
CREATE INDEX documents_open_invoices ON documents (customer_id, issue_date, grand_total) WHERE type = 'invoice' AND state = 'issued';
