#include "DocumentService.h"

#include "DocumentRules.h"
#include "DocumentStore.h"
#include "DocumentWorkflow.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

namespace peyvand::sales {

namespace {

// A copy that can be stored as a new draft: no ids, number, state or parties.
Document asNewDraft(Document d)
{
    d.id = 0;
    d.state = DocumentState::Draft;
    d.number.clear();
    d.sourceId.reset();
    d.seller = {};
    d.buyer = {};
    d.issuedAt = {};
    for (DocumentLine& l : d.lines) {
        l.id = 0;
        l.computed = {};
    }
    for (DocumentAddition& a : d.additions) {
        a.id = 0;
        a.computed = {};
    }
    return d;
}

} // namespace

DocumentService::DocumentService(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Document> DocumentService::computed(Document document)
{
    if (auto s = applyTotals(document); !s)
        return s.error();
    return document;
}

Result<Document> DocumentService::createDraft(Document draft)
{
    return m_db.writeValue<Document>([&]() -> Result<Document> {
        DocumentWorkflow flow(m_db, m_clock);
        auto profile = flow.profile();
        if (!profile)
            return profile.error();
        Document d = asNewDraft(std::move(draft));
        d.taxRounding = profile->taxRounding;
        if (!d.issueDate.isValid())
            d.issueDate = m_clock.today();
        if (auto s = flow.prepareDraft(d, *profile); !s)
            return s.error();
        auto stored = flow.insertDraft(d);
        if (!stored)
            return stored.error();
        return flow.withParties(*stored);
    });
}

Result<Document> DocumentService::updateDraft(Document changed)
{
    return m_db.writeValue<Document>([&]() -> Result<Document> {
        DocumentStore store(m_db);
        auto before = store.load(changed.id);
        if (!before)
            return before.error();
        if (before->isLocked())
            return lockedError(*before);
        DocumentWorkflow flow(m_db, m_clock);
        auto profile = flow.profile();
        if (!profile)
            return profile.error();
        Document d = asNewDraft(std::move(changed));
        d.id = before->id;
        d.type = before->type;
        d.sourceId = before->sourceId;
        d.taxRounding = before->taxRounding;
        d.createdAt = before->createdAt;
        d.stateChangedAt = before->stateChangedAt;
        d.updatedAt = m_clock.nowUtc();
        if (!d.issueDate.isValid())
            d.issueDate = before->issueDate;
        if (auto s = flow.prepareDraft(d, *profile); !s)
            return s.error();
        if (auto s = store.update(d); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(d.updatedAt, QStringLiteral("document"), d.id, QStringLiteral("update"),
                                                    toAuditJson(*before), toAuditJson(d));
            !s) {
            return s.error();
        }
        auto stored = store.load(d.id);
        if (!stored)
            return stored.error();
        return flow.withParties(*stored);
    });
}

Result<Document> DocumentService::get(qint64 id)
{
    auto document = DocumentStore(m_db).load(id);
    if (!document)
        return document.error();
    return DocumentWorkflow(m_db, m_clock).withParties(*document);
}

Status DocumentService::removeDraft(qint64 id)
{
    return m_db.write([&]() -> Status {
        DocumentStore store(m_db);
        auto before = store.load(id);
        if (!before)
            return before.error();
        if (before->isLocked())
            return lockedError(*before);
        if (auto s = store.remove(id); !s)
            return s;
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), QStringLiteral("document"), id, QStringLiteral("delete"),
                                              toAuditJson(*before), {});
    });
}

Result<Document> DocumentService::issue(qint64 id)
{
    return m_db.writeValue<Document>([&]() -> Result<Document> {
        auto draft = DocumentStore(m_db).load(id);
        if (!draft)
            return draft.error();
        return DocumentWorkflow(m_db, m_clock).issue(*draft);
    });
}

Result<Document> DocumentService::duplicate(qint64 id)
{
    auto source = DocumentStore(m_db).load(id);
    if (!source)
        return source.error();
    Document copy = asNewDraft(*source);
    const QDate today = m_clock.today();
    copy.validUntil = source->validUntil.isValid() ? today.addDays(source->issueDate.daysTo(source->validUntil)) : QDate();
    copy.issueDate = today;
    return m_db.writeValue<Document>([&]() -> Result<Document> {
        DocumentWorkflow flow(m_db, m_clock);
        auto profile = flow.profile();
        if (!profile)
            return profile.error();
        copy.taxRounding = profile->taxRounding;
        if (auto s = flow.prepareDraft(copy, *profile); !s)
            return s.error();
        auto stored = flow.insertDraft(copy, { { QStringLiteral("duplicated_from"), id } });
        if (!stored)
            return stored.error();
        return flow.withParties(*stored);
    });
}

} // namespace peyvand::sales
