-- Peyvand schema 6: change history (issue 7).
-- Each audit row says where the change came from: the app is single-user,
-- so "who" is the machine's user, through the app, the CLI or an import.
-- Rows written before this schema have ''.
ALTER TABLE audit_log ADD COLUMN source TEXT NOT NULL DEFAULT '';
