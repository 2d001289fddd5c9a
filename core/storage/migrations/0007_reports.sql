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

-- Per-customer sales (RFM, customer value, payment ratings): invoices by
-- customer with their dates and totals, so the aggregates never read the
-- table itself.
CREATE INDEX documents_customer_sales
    ON documents (type, customer_id, state, issue_date, grand_total, vat_total, duty_total);



-- ---------------------------------------------------------------------
-- Dashboard.
-- ---------------------------------------------------------------------

