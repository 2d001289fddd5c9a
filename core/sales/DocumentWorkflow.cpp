#include "DocumentWorkflow.h"

#include "CompanyProfileService.h"
#include "DocumentNumbering.h"
#include "DocumentRules.h"
#include "DocumentStore.h"
#include "customers/CustomerRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

#include <QCoreApplication>

namespace peyvand::sales {

namespace {

struct WorkflowText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

const QString kDocument = QStringLiteral("document");

Result<bool> exists(storage::Database& db, const QString& sql, qint64 id)
{
    auto found = storage::scalar(db.connection(), sql, { id });
    if (!found)
        return found.error();
    return found->isValid();
}

} // namespace

Result<CompanyProfile> DocumentWorkflow::profile()
{
    return CompanyProfileService(m_db, m_clock).load();
}

Status DocumentWorkflow::checkReferences(const Document& d)
{
    if (d.customerId <= 0)
        return Error::invalid(QStringLiteral("customer_id"), WorkflowText::tr("Choose the customer of the document."));
    auto customer = exists(m_db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), d.customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return Error::invalid(QStringLiteral("customer_id"), WorkflowText::tr("The chosen customer no longer exists."));
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const auto& product = d.lines.at(i).productId;
        if (!product)
            continue;
        auto found = exists(m_db, QStringLiteral("SELECT 1 FROM products WHERE id = ?"), *product);
        if (!found)
            return found.error();
        if (!*found)
            return Error::invalid(QStringLiteral("lines[%1].product_id").arg(i), WorkflowText::tr("The product of this line no longer exists in the catalog."));
    }
    return {};
}

Status DocumentWorkflow::prepareDraft(Document& d, const CompanyProfile& profile)
{
    normalizeDocument(d);
    if (auto s = checkReferences(d); !s)
        return s;
    if (d.type == DocumentType::Quote && !d.validUntil.isValid() && d.issueDate.isValid())
        d.validUntil = d.issueDate.addDays(profile.defaultValidityDays);
    if (auto s = checkDraftFields(d); !s)
        return s;
    if (d.ratesOverridden) {
        if (auto s = checkRates(d.rates); !s)
            return s;
    } else {
        auto rates = CompanyProfileService(m_db, m_clock).ratesOn(d.issueDate);
        if (!rates)
            return rates.error();
        d.rates = *rates;
    }
    return applyTotals(d);
}

Result<Document> DocumentWorkflow::insertDraft(Document d, const QJsonObject& auditExtra)
{
    const QDateTime now = m_clock.nowUtc();
    d.state = DocumentState::Draft;
    d.number.clear();
    d.seller = {};
    d.buyer = {};
    d.createdAt = d.updatedAt = d.stateChangedAt = now;
    d.issuedAt = {};
    auto id = DocumentStore(m_db).insert(d);
    if (!id)
        return id.error();
    d.id = *id;
    QJsonObject values = toAuditJson(d);
    for (auto it = auditExtra.begin(); it != auditExtra.end(); ++it)
        values.insert(it.key(), it.value());
    if (auto s = storage::AuditLog(m_db).record(now, kDocument, d.id, QStringLiteral("create"), {}, values); !s)
        return s.error();
    auto stored = DocumentStore(m_db).load(d.id); // with the ids of the lines
    if (!stored)
        return stored.error();
    return *stored;
}

Result<Document> DocumentWorkflow::issue(Document d)
{
    if (d.isLocked()) {
        const QString message = d.type == DocumentType::Quote
            ? WorkflowText::tr("This pre-invoice is “%1”; only a draft can be issued.")
            : WorkflowText::tr("This invoice is “%1”; only a draft can be issued.");
        return Error::make(ErrorCode::Conflict, message.arg(stateName(d)));
    }
    const Document before = d;
    auto company = profile();
    if (!company)
        return company.error();
    if (auto s = prepareDraft(d, *company); !s)
        return s.error();
    const int year = text::jalali::fromGregorian(d.issueDate)->year; // checked by prepareDraft
    DocumentStore store(m_db);
    auto sequence = store.nextSequence(d.type, year);
    if (!sequence)
        return sequence.error();
    auto number = formatDocumentNumber(company->numberPattern(d.type), year, *sequence);
    if (!number)
        return number.error();
    auto taken = store.numberTaken(d.type, *number);
    if (!taken)
        return taken.error();
    if (*taken) {
        return Error::make(ErrorCode::Conflict,
                           WorkflowText::tr("The number %1 is already used by another document. Change the number pattern in Settings so that it includes {year}.")
                               .arg(*number));
    }
    auto buyer = buyerOf(d.customerId);
    if (!buyer)
        return buyer.error();
    const QDateTime now = m_clock.nowUtc();
    d.number = *number;
    d.seller = sellerParty(*company);
    d.buyer = *buyer;
    d.state = DocumentState::Issued;
    d.issuedAt = d.stateChangedAt = d.updatedAt = now;
    if (auto s = store.update(d); !s)
        return s.error();
    if (auto s = storage::AuditLog(m_db).record(now, kDocument, d.id, QStringLiteral("update"), toAuditJson(before), toAuditJson(d)); !s)
        return s.error();
    return store.load(d.id);
}

Status DocumentWorkflow::moveState(Document& d, DocumentState to, const QJsonObject& auditExtra)
{
    const QDateTime now = m_clock.nowUtc();
    if (auto s = DocumentStore(m_db).setState(d.id, to, now); !s)
        return s;
    QJsonObject after { { QStringLiteral("state"), toKey(to) } };
    for (auto it = auditExtra.begin(); it != auditExtra.end(); ++it)
        after.insert(it.key(), it.value());
    const QJsonObject before { { QStringLiteral("state"), toKey(d.state) } };
    d.state = to;
    d.stateChangedAt = d.updatedAt = now;
    return storage::AuditLog(m_db).record(now, kDocument, d.id, QStringLiteral("update"), before, after);
}

Result<Party> DocumentWorkflow::buyerOf(qint64 customerId)
{
    auto customer = customers::CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    return buyerParty(*customer);
}

Result<Document> DocumentWorkflow::withParties(Document d)
{
    if (d.isLocked())
        return d;
    auto company = profile();
    if (!company)
        return company.error();
    auto buyer = buyerOf(d.customerId);
    if (!buyer)
        return buyer.error();
    d.seller = sellerParty(*company);
    d.buyer = *buyer;
    return d;
}

} // namespace peyvand::sales
