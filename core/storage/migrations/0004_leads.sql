-- Peyvand schema 4: leads and their explainable scores, the sales pipeline,
-- tasks and reminders. Scores are computed by core (leads/ScoringEngine) and
-- stored with their breakdown so that lists and the priority queue are plain
-- index reads; the scoring profile lives in settings under 'scoring_profile'.

-- Industries a lead can be in: a list the user edits. Built-in rows have a
-- stable key and an empty name (shown translated); a name overrides it.
CREATE TABLE industries (
    key      TEXT    PRIMARY KEY CHECK (key <> ''),
    name     TEXT    NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
INSERT INTO industries (key, position) VALUES
    ('retail', 1), ('wholesale', 2), ('manufacturing', 3), ('construction', 4),
    ('software', 5), ('healthcare', 6), ('education', 7), ('food', 8),
    ('services', 9), ('government', 10), ('other', 11);

CREATE TABLE leads (
    id                  INTEGER PRIMARY KEY,
    -- contact fields, as for customers (see 0001)
    kind                TEXT    NOT NULL CHECK (kind IN ('person', 'company')),
    name                TEXT    NOT NULL CHECK (name <> ''),
    company             TEXT    NOT NULL DEFAULT '',
    national_id         TEXT    NOT NULL DEFAULT '',
    legal_id            TEXT    NOT NULL DEFAULT '',
    economic_code       TEXT    NOT NULL DEFAULT '',
    registration_number TEXT    NOT NULL DEFAULT '',
    mobile              TEXT    NOT NULL DEFAULT '',
    other_phones        TEXT    NOT NULL DEFAULT '',
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
    -- the lead itself
    lead_type           TEXT    NOT NULL CHECK (lead_type IN ('marketing', 'sales', 'product', 'service')),
    source              TEXT    NOT NULL CHECK (source IN ('website', 'email', 'social', 'advertising', 'content',
                                                           'trial', 'referral', 'phone', 'walk_in', 'other')),
    owner               TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL CHECK (status IN ('new', 'contacted', 'qualified', 'converted', 'lost')),
    lost_reason         TEXT    NOT NULL DEFAULT '',
    best_time_to_call   TEXT    NOT NULL DEFAULT '',
    -- scoring criteria
    budget_rial         INTEGER CHECK (budget_rial IS NULL OR budget_rial >= 0),  -- NULL: unknown
    timeline            TEXT    NOT NULL DEFAULT 'unknown' CHECK (timeline IN ('now', '1m', '3m', '6m', 'later', 'unknown')),
    authority           TEXT    NOT NULL DEFAULT 'unknown' CHECK (authority IN ('owner', 'manager', 'staff', 'unknown')),
    industry            TEXT    NOT NULL DEFAULT '',   -- industries.key, '' unknown
    need                TEXT    NOT NULL DEFAULT 'unknown' CHECK (need IN ('clear', 'vague', 'none', 'unknown')),
    custom_criteria     TEXT    NOT NULL DEFAULT '{}', -- JSON object: criterion key -> option key
    -- a score set by hand; the computed score and the rest are in lead_scores
    override_score      INTEGER,
    override_reason     TEXT    NOT NULL DEFAULT '',
    converted_customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    converted_at        TEXT,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    name_sort           TEXT    NOT NULL,
    company_sort        TEXT    NOT NULL DEFAULT '',
    search_text         TEXT    NOT NULL
) STRICT;

-- A lead's score state, written only by core, one row per lead (made by the
-- trigger below). It is a table of its own so that rescoring every lead
-- rewrites these narrow rows and not the wide contact rows (about a quarter
-- of a rescoring at 100,000 leads, docs/performance.md).
CREATE TABLE lead_scores (
    lead_id        INTEGER PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
    score          INTEGER NOT NULL DEFAULT 0,    -- effective: the override when there is one
    computed_score INTEGER NOT NULL DEFAULT 0,
    band           TEXT    NOT NULL DEFAULT 'cold' CHECK (band IN ('hot', 'warm', 'cold')),
    qualified      INTEGER NOT NULL DEFAULT 0 CHECK (qualified IN (0, 1)),
    breakdown      TEXT    NOT NULL DEFAULT '[]', -- JSON array of score items
    scored_at      TEXT,
    qualified_at   TEXT,                          -- first time it qualified (funnel)
    next_follow_up TEXT,                          -- earliest open task, kept by triggers on tasks
    last_history_id INTEGER                       -- the newest lead_score_history row of the lead
) STRICT;
CREATE TRIGGER leads_scores_insert AFTER INSERT ON leads BEGIN
    INSERT INTO lead_scores (lead_id) VALUES (new.id);
END;

-- The priority queue: qualified leads by score, then by next follow-up
-- (none last), read straight off this index. It is the only index on score:
-- rescoring moves most scores, and each further index on score cost about
-- 0.6 s per 100,000 leads (docs/performance.md); sorting all leads by score
-- sorts in memory instead.
CREATE INDEX leads_queue ON lead_scores (score DESC, next_follow_up IS NULL, next_follow_up, lead_id) WHERE qualified = 1;
CREATE INDEX leads_by_name    ON leads (name_sort, id);
CREATE INDEX leads_by_created ON leads (created_at, id);
CREATE INDEX leads_by_mobile  ON leads (mobile) WHERE mobile <> '';

CREATE VIRTUAL TABLE lead_fts USING fts5 (
    search_text,
    content = 'leads',
    content_rowid = 'id',
    tokenize = 'trigram'
);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
    INSERT INTO lead_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF search_text ON leads BEGIN
    INSERT INTO lead_fts (lead_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO lead_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE lead_notes (
    id         INTEGER PRIMARY KEY,
    lead_id    INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    at         TEXT    NOT NULL,
    text       TEXT    NOT NULL CHECK (text <> ''),
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX lead_notes_by_lead ON lead_notes (lead_id, at);

CREATE TABLE lead_interactions (
    id             INTEGER PRIMARY KEY,
    lead_id        INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    at             TEXT    NOT NULL,
    channel        TEXT    NOT NULL CHECK (channel IN ('phone', 'email', 'meeting', 'chat', 'social', 'sms', 'in_person')),
    direction      TEXT    NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    contact_person TEXT    NOT NULL DEFAULT '',
    summary        TEXT    NOT NULL CHECK (summary <> ''),
    outcome        TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX lead_interactions_by_lead ON lead_interactions (lead_id, at);

-- Why a lead's score changed: one row per change, with the criteria whose
-- points moved (JSON array of [criterion, from, to]). A lead's rows form a
-- chain (previous_id, the newest in lead_scores.last_history_id) instead of
-- an index on lead_id: a rescoring appends about one row per lead, and such
-- an index took a new entry in nearly every one of its pages each time, more
-- as the history grew (docs/performance.md). For the same reason there is no
-- foreign key (checking it on delete needs that index): LeadRepository::remove
-- deletes a lead's chain.
CREATE TABLE lead_score_history (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL,
    previous_id INTEGER,                        -- the lead's change before this one
    at          TEXT    NOT NULL,
    cause       TEXT    NOT NULL CHECK (cause IN ('created', 'edited', 'interaction', 'profile', 'override',
                                                  'override_cleared', 'decay', 'status')),
    old_score   INTEGER,                        -- NULL for the first score
    new_score   INTEGER NOT NULL,
    changes     TEXT    NOT NULL DEFAULT '[]',
    note        TEXT    NOT NULL DEFAULT ''     -- the override's reason, the profile's name
) STRICT;

-- Pipeline stages: an ordered list the user edits. Built-in rows have a key
-- and an empty name (shown translated). outcome says whether a deal in the
-- stage is still open, won or lost.
CREATE TABLE deal_stages (
    id          INTEGER PRIMARY KEY,
    key         TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL DEFAULT '',
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    outcome     TEXT    NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
    position    INTEGER NOT NULL,
    CHECK (key <> '' OR name <> '')
) STRICT;
INSERT INTO deal_stages (key, probability, outcome, position) VALUES
    ('first_contact', 10, 'open', 1),
    ('needs_analysis', 25, 'open', 2),
    ('quote_sent', 50, 'open', 3),
    ('negotiation', 75, 'open', 4),
    ('won', 100, 'won', 5),
    ('lost', 0, 'lost', 6);

CREATE TABLE deals (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL CHECK (title <> ''),
    customer_id    INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    lead_id        INTEGER REFERENCES leads (id) ON DELETE SET NULL,
    document_id    INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    amount_rial    INTEGER NOT NULL DEFAULT 0 CHECK (amount_rial >= 0),
    expected_close TEXT,
    stage_id       INTEGER NOT NULL REFERENCES deal_stages (id),
    position       INTEGER NOT NULL DEFAULT 0,  -- order within the stage's column
    owner          TEXT    NOT NULL DEFAULT '',
    lost_reason    TEXT    NOT NULL DEFAULT '',
    closed_at      TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    search_text    TEXT    NOT NULL
) STRICT;
CREATE INDEX deals_by_stage    ON deals (stage_id, position, id);
CREATE INDEX deals_by_customer ON deals (customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX deals_by_lead     ON deals (lead_id) WHERE lead_id IS NOT NULL;

-- Tasks and follow-ups; due_at is a UTC timestamp. At most one of customer,
-- lead and deal is the task's subject.
CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL CHECK (title <> ''),
    notes       TEXT    NOT NULL DEFAULT '',
    due_at      TEXT    NOT NULL,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    lead_id     INTEGER REFERENCES leads (id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    done_at     TEXT,
    reminded_at TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK ((customer_id IS NOT NULL) + (lead_id IS NOT NULL) + (deal_id IS NOT NULL) <= 1)
) STRICT;
CREATE INDEX tasks_open_by_due ON tasks (due_at, id) WHERE done_at IS NULL;
CREATE INDEX tasks_by_due      ON tasks (due_at, id);
CREATE INDEX tasks_by_customer ON tasks (customer_id, due_at) WHERE customer_id IS NOT NULL;
CREATE INDEX tasks_by_lead     ON tasks (lead_id, due_at) WHERE lead_id IS NOT NULL;
CREATE INDEX tasks_by_deal     ON tasks (deal_id, due_at) WHERE deal_id IS NOT NULL;

-- lead_scores.next_follow_up is the earliest open task of the lead.
CREATE TRIGGER tasks_follow_up_insert AFTER INSERT ON tasks WHEN new.lead_id IS NOT NULL BEGIN
    UPDATE lead_scores SET next_follow_up = (SELECT min(due_at) FROM tasks WHERE lead_id = new.lead_id AND done_at IS NULL)
        WHERE lead_id = new.lead_id;
END;
CREATE TRIGGER tasks_follow_up_delete AFTER DELETE ON tasks WHEN old.lead_id IS NOT NULL BEGIN
    UPDATE lead_scores SET next_follow_up = (SELECT min(due_at) FROM tasks WHERE lead_id = old.lead_id AND done_at IS NULL)
        WHERE lead_id = old.lead_id;
END;
CREATE TRIGGER tasks_follow_up_update AFTER UPDATE OF due_at, done_at, lead_id ON tasks BEGIN
    UPDATE lead_scores SET next_follow_up = (SELECT min(due_at) FROM tasks WHERE lead_id = old.lead_id AND done_at IS NULL)
        WHERE lead_id = old.lead_id;
    UPDATE lead_scores SET next_follow_up = (SELECT min(due_at) FROM tasks WHERE lead_id = new.lead_id AND done_at IS NULL)
        WHERE lead_id = new.lead_id;
END;

-- Follow-ups logged on customer interactions so far become tasks, so that
-- one agenda holds them all: due at 10:00 local time, as new ones are.
INSERT INTO tasks (title, due_at, customer_id, created_at, updated_at)
    SELECT summary, strftime('%Y-%m-%dT%H:%M:%SZ', follow_up || ' 10:00:00', 'utc'), customer_id, created_at, created_at
    FROM interactions WHERE follow_up IS NOT NULL;
