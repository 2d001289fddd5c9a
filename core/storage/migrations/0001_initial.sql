-- Peyvand schema 1: customers, their notes and interactions, search, audit log.
-- Conventions: STRICT tables; dates 'YYYY-MM-DD'; timestamps UTC ISO-8601;
-- empty text rather than NULL for absent text; *_sort and *_key columns and
-- search_text are derived by core (sort keys, search keys) and never shown.

CREATE TABLE customers (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL CHECK (kind IN ('person', 'company')),
    name                TEXT    NOT NULL CHECK (name <> ''),
    company             TEXT    NOT NULL DEFAULT '',
    national_id         TEXT    NOT NULL DEFAULT '',
    legal_id            TEXT    NOT NULL DEFAULT '',
    economic_code       TEXT    NOT NULL DEFAULT '',
    registration_number TEXT    NOT NULL DEFAULT '',
    mobile              TEXT    NOT NULL DEFAULT '',
    other_phones        TEXT    NOT NULL DEFAULT '',  -- newline-separated
    email               TEXT    NOT NULL DEFAULT '',
    website             TEXT    NOT NULL DEFAULT '',
    instagram           TEXT    NOT NULL DEFAULT '',
    telegram            TEXT    NOT NULL DEFAULT '',
    whatsapp            TEXT    NOT NULL DEFAULT '',
    linkedin            TEXT    NOT NULL DEFAULT '',
    preferred_channel   TEXT    NOT NULL DEFAULT 'unspecified',
    address             TEXT    NOT NULL DEFAULT '',
    city                TEXT    NOT NULL DEFAULT '',
    province            TEXT    NOT NULL DEFAULT '',
    postal_code         TEXT    NOT NULL DEFAULT '',
    source              TEXT    NOT NULL DEFAULT '',
    tags                TEXT    NOT NULL DEFAULT '',  -- display copy of customer_tags, joined by U+001F
    since               TEXT    NOT NULL,
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    name_sort           TEXT    NOT NULL,
    company_sort        TEXT    NOT NULL,
    city_sort           TEXT    NOT NULL,
    city_key            TEXT    NOT NULL,
    source_key          TEXT    NOT NULL,
    search_text         TEXT    NOT NULL
) STRICT;

CREATE INDEX customers_by_name    ON customers (name_sort, id);
CREATE INDEX customers_by_company ON customers (company_sort, id);
CREATE INDEX customers_by_city    ON customers (city_sort, id);
CREATE INDEX customers_by_since   ON customers (since, id);
CREATE INDEX customers_by_city_key   ON customers (city_key) WHERE city_key <> '';
CREATE INDEX customers_by_source_key ON customers (source_key) WHERE source_key <> '';
CREATE INDEX customers_by_mobile      ON customers (mobile) WHERE mobile <> '';
CREATE INDEX customers_by_national_id ON customers (national_id) WHERE national_id <> '';
CREATE INDEX customers_by_email       ON customers (email) WHERE email <> '';
CREATE INDEX customers_archived       ON customers (id) WHERE archived = 1;

-- Exact numbers of active and archived customers, kept by triggers, so the
-- unfiltered list can show its size without counting a million rows.
CREATE TABLE customer_counts (
    archived INTEGER PRIMARY KEY CHECK (archived IN (0, 1)),
    n        INTEGER NOT NULL
) STRICT;
INSERT INTO customer_counts (archived, n) VALUES (0, 0), (1, 0);
CREATE TRIGGER customers_count_insert AFTER INSERT ON customers BEGIN
    UPDATE customer_counts SET n = n + 1 WHERE archived = new.archived;
END;
CREATE TRIGGER customers_count_delete AFTER DELETE ON customers BEGIN
    UPDATE customer_counts SET n = n - 1 WHERE archived = old.archived;
END;
CREATE TRIGGER customers_count_archive AFTER UPDATE OF archived ON customers WHEN old.archived <> new.archived BEGIN
    UPDATE customer_counts SET n = n - 1 WHERE archived = old.archived;
    UPDATE customer_counts SET n = n + 1 WHERE archived = new.archived;
END;

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_key     TEXT    NOT NULL,
    tag         TEXT    NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,  -- order the user gave
    PRIMARY KEY (customer_id, tag_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_tags_by_key ON customer_tags (tag_key, customer_id);

-- Substring search: trigram index over the search keys. Each word of
-- search_text is preceded by two spaces, so the trigrams '  x' and ' xy'
-- find words starting with one or two characters.
CREATE VIRTUAL TABLE customer_fts USING fts5 (
    search_text,
    content = 'customers',
    content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO customer_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE customer_notes (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at          TEXT    NOT NULL,
    text        TEXT    NOT NULL CHECK (text <> ''),
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX customer_notes_by_customer ON customer_notes (customer_id, at);

CREATE TABLE interactions (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at             TEXT    NOT NULL,
    channel        TEXT    NOT NULL CHECK (channel IN ('phone', 'email', 'meeting', 'chat', 'social', 'sms', 'in_person')),
    direction      TEXT    NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    contact_person TEXT    NOT NULL DEFAULT '',
    summary        TEXT    NOT NULL CHECK (summary <> ''),
    outcome        TEXT    NOT NULL DEFAULT '',
    follow_up      TEXT,
    created_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX interactions_by_customer ON interactions (customer_id, at);
CREATE INDEX interactions_by_follow_up ON interactions (follow_up) WHERE follow_up IS NOT NULL;

-- Append-only history of every change: old and new values as JSON objects.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    entity     TEXT    NOT NULL,
    entity_id  INTEGER NOT NULL,
    action     TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete', 'archive', 'restore')),
    old_values TEXT,
    new_values TEXT
) STRICT;
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
