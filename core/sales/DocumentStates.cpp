// The state machine of domain.md §3: what may follow an issued document.
#include "DocumentService.h"

#include "DocumentRules.h"
#include "DocumentStore.h"
#include "DocumentWorkflow.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::sales {

namespace {

struct StatesText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

Error conflict(const QString& message)
{
    return Error::make(ErrorCode::Conflict, message);
}

Status requireType(const Document& d, DocumentType type)
{
    if (d.type == type)
        return {};
    if (type == DocumentType::Quote)
        return conflict(StatesText::tr("Only a pre-invoice can be accepted, rejected or converted; this is an invoice."));
    return conflict(StatesText::tr("Only an invoice can be settled; this is a pre-invoice."));
}

} // namespace

Result<Document> DocumentService::accept(qint64 id)
{
    return m_db.writeValue<Document>([&]() -> Result<Document> {
        auto d = DocumentStore(m_db).load(id);
        if (!d)
            return d.error();
        if (auto s = requireType(*d, DocumentType::Quote); !s)
            return s.error();
        if (d->state != DocumentState::Issued)
            return conflict(StatesText::tr("This pre-invoice is “%1”; only an issued pre-invoice can be accepted.").arg(stateName(*d)));
        if (auto s = DocumentWorkflow(m_db, m_clock).moveState(*d, DocumentState::Accepted); !s)
            return s.error();
        return *d;
    });
}

Result<Document> DocumentService::reject(qint64 id, const QString& reason)
{
    return m_db.writeValue<Document>([&]() -> Result<Document> {
        auto d = DocumentStore(m_db).load(id);
        if (!d)
            return d.error();
        if (auto s = requireType(*d, DocumentType::Quote); !s)
            return s.error();
        if (d->state != DocumentState::Issued)
            return conflict(StatesText::tr("This pre-invoice is “%1”; only an issued pre-invoice can be rejected.").arg(stateName(*d)));
        QJsonObject extra;
        if (const QString why = text::normalizeMultilineForStorage(reason); !why.isEmpty())
            extra.insert(QStringLiteral("reason"), why);
        if (auto s = DocumentWorkflow(m_db, m_clock).moveState(*d, DocumentState::Rejected, extra); !s)
            return s.error();
        return *d;
    });
}

Result<int> DocumentService::expireDue(QDate today)
{
    if (!today.isValid())
        today = m_clock.today();
    return m_db.writeValue<int>([&]() -> Result<int> {
        auto q = storage::run(m_db.connection(),
                              QStringLiteral("SELECT id FROM documents WHERE type = 'quote' AND state = 'issued' "
                                             "AND valid_until IS NOT NULL AND valid_until < ? ORDER BY id"),
                              { storage::isoDate(today) });
        if (!q)
            return q.error();
        QList<qint64> due;
        while (q->next())
            due << q->value(0).toLongLong();
        DocumentWorkflow flow(m_db, m_clock);
        for (qint64 id : std::as_const(due)) {
            auto d = DocumentStore(m_db).load(id);
            if (!d)
                return d.error();
            if (auto s = flow.moveState(*d, DocumentState::Expired); !s)
                return s.error();
        }
        return int(due.size());
    });
}

Result<ConversionReport> DocumentService::convert(qint64 quoteId, QDate invoiceDate)
{
    if (!invoiceDate.isValid())
        invoiceDate = m_clock.today();
    return m_db.writeValue<ConversionReport>([&]() -> Result<ConversionReport> {
        auto quote = DocumentStore(m_db).load(quoteId);
        if (!quote)
            return quote.error();
        if (auto s = requireType(*quote, DocumentType::Quote); !s)
            return s.error();
        if (quote->state != DocumentState::Issued && quote->state != DocumentState::Accepted) {
            return conflict(StatesText::tr("This pre-invoice is “%1”; only an issued or accepted pre-invoice can be converted into an invoice.")
                                .arg(stateName(*quote)));
        }
        if (invoiceDate < quote->issueDate)
            return Error::invalid(QStringLiteral("issue_date"), StatesText::tr("The invoice cannot be dated before its pre-invoice."));

        Document invoice = *quote;
        invoice.id = 0;
        invoice.type = DocumentType::Invoice;
        invoice.state = DocumentState::Draft;
        invoice.number.clear();
        invoice.sourceId = quote->id;
        invoice.issueDate = invoiceDate;
        invoice.validUntil = {};
        invoice.title.clear(); // printed as the invoice's default title, not the pre-invoice's
        invoice.seller = {};
        invoice.buyer = {};
        for (DocumentLine& l : invoice.lines)
            l.id = 0;
        for (DocumentAddition& a : invoice.additions)
            a.id = 0;

        DocumentWorkflow flow(m_db, m_clock);
        auto profile = flow.profile();
        if (!profile)
            return profile.error();
        if (auto s = flow.prepareDraft(invoice, *profile); !s) // re-prices unless the rates were overridden
            return s.error();
        auto draft = flow.insertDraft(invoice, { { QStringLiteral("converted_from"), quote->id } });
        if (!draft)
            return draft.error();
        auto issued = flow.issue(*draft);
        if (!issued)
            return issued.error();
        if (auto s = flow.moveState(*quote, DocumentState::Converted, { { QStringLiteral("invoice_id"), issued->id } }); !s)
            return s.error();

        ConversionReport report;
        report.invoiceId = issued->id;
        report.quoteRates = quote->rates;
        report.invoiceRates = issued->rates;
        report.ratesChanged = quote->rates.vat != issued->rates.vat || quote->rates.duty != issued->rates.duty;
        report.quoteTotal = quote->grandTotal;
        report.invoiceTotal = issued->grandTotal;
        return report;
    });
}

} // namespace peyvand::sales
