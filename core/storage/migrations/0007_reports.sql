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

-- ---------------------------------------------------------------------
-- Dashboard.
-- ---------------------------------------------------------------------

