-- Peyvand schema 6: change history (issue 7).
-- Each audit row says where the change came from: the app is single-user,
-- so "who" is the machine's user, through the app, the CLI or an import.
-- Rows written before this schema have ''.
ALTER TABLE audit_log ADD COLUMN source TEXT NOT NULL DEFAULT '';

-- Issued documents are append-only (issue 7): besides what schema 3 locks,
-- nothing printed on them or counted from them may change after issue.
-- What legitimately changes is the state (with state_changed_at and
-- updated_at), and source_id only to NULL (ON DELETE SET NULL).
CREATE TRIGGER documents_issued_fixed BEFORE UPDATE ON documents
WHEN old.state <> 'draft' AND (
       new.marketer IS NOT old.marketer OR new.marketer_key IS NOT old.marketer_key
    OR new.outgoing_number IS NOT old.outgoing_number OR new.remittance_number IS NOT old.remittance_number
    OR new.payment_terms IS NOT old.payment_terms OR new.payment_note IS NOT old.payment_note
    OR new.rates_overridden IS NOT old.rates_overridden OR new.tax_rounding IS NOT old.tax_rounding
    OR new.gross_total IS NOT old.gross_total OR new.discount_total IS NOT old.discount_total
    OR new.additions_total IS NOT old.additions_total OR new.vat_total IS NOT old.vat_total
    OR new.duty_total IS NOT old.duty_total OR new.created_at IS NOT old.created_at
    OR new.issued_at IS NOT old.issued_at OR new.search_text IS NOT old.search_text
    OR (new.source_id IS NOT old.source_id AND new.source_id IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'document is issued and locked');
END;

-- The state machine of domain.md §3 (sales/DocumentStates, payments/InvoiceSync).
CREATE TRIGGER documents_state_workflow BEFORE UPDATE OF state ON documents
WHEN new.state IS NOT old.state AND NOT (
       (old.state = 'draft' AND new.state = 'issued')
    OR (old.type = 'quote' AND old.state = 'issued' AND new.state IN ('accepted', 'rejected', 'expired', 'converted'))
    OR (old.type = 'quote' AND old.state = 'accepted' AND new.state = 'converted')
    OR (old.type = 'invoice' AND old.state = 'issued' AND new.state = 'settled')
    OR (old.type = 'invoice' AND old.state = 'settled' AND new.state = 'issued'))
BEGIN
    SELECT RAISE(ABORT, 'document state cannot move that way');
END;

-- Payments are never deleted: a mistake is voided, and the row stays.
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments BEGIN
    SELECT RAISE(ABORT, 'payments are never deleted; void them instead');
END;

-- What a payment says never changes; instalment_id only goes NULL (ON
-- DELETE SET NULL when a plan is replaced).
CREATE TRIGGER payments_fixed BEFORE UPDATE ON payments
WHEN new.id IS NOT old.id OR new.customer_id IS NOT old.customer_id OR new.method IS NOT old.method
    OR new.cheque_id IS NOT old.cheque_id OR new.paid_on IS NOT old.paid_on OR new.due_date IS NOT old.due_date
    OR new.terminal IS NOT old.terminal OR new.trace_number IS NOT old.trace_number
    OR new.masked_card IS NOT old.masked_card OR new.bank IS NOT old.bank OR new.account IS NOT old.account
    OR new.reference IS NOT old.reference OR new.payer_name IS NOT old.payer_name OR new.note IS NOT old.note
    OR new.created_at IS NOT old.created_at
    OR (new.instalment_id IS NOT old.instalment_id AND new.instalment_id IS NOT NULL)
    OR (new.settled_on IS NOT old.settled_on AND new.status IS old.status)
BEGIN
    SELECT RAISE(ABORT, 'payment is recorded and locked');
END;

-- Amount and invoice change only when a cleared cheque brings more than the
-- invoice still needs: the excess moves on account (payments/InvoiceSync
-- fitToBalance), so the row's amount shrinks or leaves the invoice.
CREATE TRIGGER payments_amount_fixed BEFORE UPDATE ON payments
WHEN (new.amount IS NOT old.amount OR new.document_id IS NOT old.document_id) AND NOT (
       old.cheque_id IS NOT NULL AND new.status = 'settled' AND new.amount <= old.amount
   AND (new.document_id IS old.document_id OR new.document_id IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'payment is recorded and locked');
END;

-- Status: anything but void may be voided, and void is final; a pending
-- cheque or promise settles, fails or is kept; a failed (bounced) cheque
-- deposited again is pending again.
CREATE TRIGGER payments_status_workflow BEFORE UPDATE OF status ON payments
WHEN new.status IS NOT old.status AND NOT (
       (new.status = 'void' AND old.status <> 'void')
    OR (old.status = 'pending' AND new.status IN ('settled', 'failed', 'kept'))
    OR (old.status = 'failed' AND new.status = 'pending'))
BEGIN
    SELECT RAISE(ABORT, 'payment status cannot move that way');
END;
