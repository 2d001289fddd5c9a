#include "CustomerService.h"

#include "ActivityRepository.h"
#include "CustomerJson.h"
#include "CustomerRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "tasks/TaskService.h"
#include "text/PersianText.h"

#include <QCollator>
#include <QJsonArray>
#include <QCoreApplication>
#include <QLocale>

namespace peyvand::customers {

namespace {

const QString kCustomer = QStringLiteral("customer");
const QString kNote = QStringLiteral("customer_note");
const QString kInteraction = QStringLiteral("interaction");

struct CustomersText {
    Q_DECLARE_TR_FUNCTIONS(Customers)
};


// For create and delete rows: the values that say something.
QJsonObject withoutEmpty(const QJsonObject& values)
{
    QJsonObject out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue& v = it.value();
        const bool empty = v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
        if (!empty)
            out.insert(it.key(), v);
    }
    return out;
}

QStringList sortedForPersian(QStringList values)
{
    QCollator collator(QLocale(QLocale::Persian, QLocale::Iran));
    std::sort(values.begin(), values.end(), [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return values;
}

// Purchases are the customer's issued and settled invoices (core/sales).
Status fillPurchases(storage::Database& db, CustomerSummary& s)
{
    auto q = storage::run(db.connection(), QStringLiteral(
        "SELECT count(*), coalesce(sum(grand_total), 0), max(issue_date), "
        "       coalesce(sum(grand_total) FILTER (WHERE state = 'issued'), 0) "
        "FROM documents WHERE customer_id = ? AND type = 'invoice' AND state IN ('issued', 'settled')"), { s.customerId });
    if (!q)
        return q.error();
    if (q->next()) {
        s.purchaseCount = q->value(0).toInt();
        s.lifetimeValueRial = q->value(1).toLongLong();
        s.lastPurchase = storage::dateFromIso(q->value(2));
        s.openBalanceRial = q->value(3).toLongLong();
    }
    return {};
}

// A follow-up date becomes a task on the agenda, due at 10:00 local time
// (as migration 0004 did for the follow-ups logged before tasks existed).
tasks::Task followUpTask(const Interaction& interaction)
{
    tasks::Task task;
    task.title = interaction.summary;
    task.dueAt = QDateTime(interaction.followUp, QTime(10, 0), Qt::LocalTime).toUTC();
    task.subject = tasks::Subject::Customer;
    task.subjectId = interaction.customerId;
    return task;
}

} // namespace

CustomerService::CustomerService(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Customer> CustomerService::create(Customer draft, ValidationReport* report)
{
    ValidationReport checked = CustomerValidator::cleanAndValidate(draft);
    if (report)
        *report = checked;
    if (checked.hasErrors())
        return checked.firstError();
    const QDateTime now = m_clock.nowUtc();
    if (!draft.since.isValid())
        draft.since = now.toLocalTime().date();
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.archived = false;
    return m_db.writeValue<Customer>([&]() -> Result<Customer> {
        auto id = CustomerRepository(m_db).insert(draft);
        if (!id)
            return id.error();
        draft.id = *id;
        if (auto s = storage::AuditLog(m_db).record(now, kCustomer, draft.id, QStringLiteral("create"), {}, withoutEmpty(toJson(draft))); !s)
            return s.error();
        return draft;
    });
}

Result<Customer> CustomerService::update(Customer changed, ValidationReport* report)
{
    ValidationReport checked = CustomerValidator::cleanAndValidate(changed);
    if (report)
        *report = checked;
    if (checked.hasErrors())
        return checked.firstError();
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Customer>([&]() -> Result<Customer> {
        CustomerRepository repo(m_db);
        auto before = repo.find(changed.id);
        if (!before)
            return before.error();
        changed.createdAt = before->createdAt;
        changed.archived = before->archived;
        changed.updatedAt = now;
        if (!changed.since.isValid())
            changed.since = before->since;
        if (auto s = repo.update(changed, *before); !s)
            return s.error();
        QJsonObject oldJson = toJson(*before);
        QJsonObject newJson = toJson(changed);
        oldJson.remove(QStringLiteral("updated_at"));
        newJson.remove(QStringLiteral("updated_at"));
        oldJson.remove(QStringLiteral("updated_at_jalali"));
        newJson.remove(QStringLiteral("updated_at_jalali"));
        if (auto s = storage::AuditLog(m_db).record(now, kCustomer, changed.id, QStringLiteral("update"), oldJson, newJson); !s)
            return s.error();
        return changed;
    });
}

Result<Customer> CustomerService::get(qint64 id)
{
    return CustomerRepository(m_db).find(id);
}

Status CustomerService::archive(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        if (auto s = CustomerRepository(m_db).setArchived(id, true, now); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kCustomer, id, QStringLiteral("archive"),
                                              { { QStringLiteral("archived"), false } }, { { QStringLiteral("archived"), true } });
    });
}

Status CustomerService::restore(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        if (auto s = CustomerRepository(m_db).setArchived(id, false, now); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kCustomer, id, QStringLiteral("restore"),
                                              { { QStringLiteral("archived"), true } }, { { QStringLiteral("archived"), false } });
    });
}

Status CustomerService::remove(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        CustomerRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        auto documents = storage::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM documents WHERE customer_id = ?"), { id });
        if (!documents)
            return documents.error();
        if (const int count = documents->toInt(); count > 0) {
            return Error::make(ErrorCode::Conflict,
                               CustomersText::tr("%1 has %n pre-invoice(s) or invoice(s), which must stay on record, so the customer cannot be deleted. Archive the customer instead.",
                                                 nullptr, count)
                                   .arg(before->name));
        }
        if (auto s = repo.remove(id); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kCustomer, id, QStringLiteral("delete"), withoutEmpty(toJson(*before)), {});
    });
}

Result<Note> CustomerService::addNote(qint64 customerId, const QString& text, QDateTime at)
{
    Note note;
    note.customerId = customerId;
    note.text = text::normalizeMultilineForStorage(text);
    if (note.text.isEmpty())
        return Error::invalid(QStringLiteral("text"), CustomersText::tr("The note is empty."));
    const QDateTime now = m_clock.nowUtc();
    note.at = at.isValid() ? at.toUTC() : now;
    return m_db.writeValue<Note>([&]() -> Result<Note> {
        if (auto c = CustomerRepository(m_db).find(customerId); !c)
            return c.error();
        auto id = ActivityRepository(m_db).insertNote(note, now);
        if (!id)
            return id.error();
        note.id = *id;
        if (auto s = storage::AuditLog(m_db).record(now, kNote, note.id, QStringLiteral("create"), {}, toJson(note)); !s)
            return s.error();
        return note;
    });
}

Result<QList<Note>> CustomerService::notes(qint64 customerId)
{
    return ActivityRepository(m_db).notes(customerId);
}

Status CustomerService::removeNote(qint64 noteId)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        ActivityRepository repo(m_db);
        auto before = repo.findNote(noteId);
        if (!before)
            return before.error();
        if (auto s = repo.removeNote(noteId); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kNote, noteId, QStringLiteral("delete"), toJson(*before), {});
    });
}

Result<Interaction> CustomerService::logInteraction(Interaction interaction)
{
    interaction.summary = text::normalizeMultilineForStorage(interaction.summary);
    interaction.outcome = text::normalizeMultilineForStorage(interaction.outcome);
    interaction.contactPerson = text::normalizeForStorage(interaction.contactPerson);
    if (interaction.summary.isEmpty())
        return Error::invalid(QStringLiteral("summary"), CustomersText::tr("Write a short summary of the interaction."));
    const QDateTime now = m_clock.nowUtc();
    interaction.at = interaction.at.isValid() ? interaction.at.toUTC() : now;
    return m_db.writeValue<Interaction>([&]() -> Result<Interaction> {
        if (auto c = CustomerRepository(m_db).find(interaction.customerId); !c)
            return c.error();
        auto id = ActivityRepository(m_db).insertInteraction(interaction, now);
        if (!id)
            return id.error();
        interaction.id = *id;
        if (auto s = storage::AuditLog(m_db).record(now, kInteraction, interaction.id, QStringLiteral("create"), {}, toJson(interaction)); !s)
            return s.error();
        if (interaction.followUp.isValid()) {
            if (auto task = tasks::TaskService(m_db, m_clock).create(followUpTask(interaction)); !task)
                return task.error();
        }
        return interaction;
    });
}

Result<QList<Interaction>> CustomerService::interactions(qint64 customerId)
{
    return ActivityRepository(m_db).interactions(customerId);
}

Status CustomerService::removeInteraction(qint64 interactionId)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        ActivityRepository repo(m_db);
        auto before = repo.findInteraction(interactionId);
        if (!before)
            return before.error();
        if (auto s = repo.removeInteraction(interactionId); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kInteraction, interactionId, QStringLiteral("delete"), toJson(*before), {});
    });
}

Result<CustomerSummary> CustomerService::summary(qint64 customerId)
{
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    ActivityRepository activity(m_db);
    CustomerSummary s;
    s.customerId = customerId;
    s.since = customer->since;
    auto interactions = activity.interactionCount(customerId);
    auto notes = activity.noteCount(customerId);
    auto last = activity.interactions(customerId, 1);
    auto next = activity.nextFollowUp(customerId, m_clock.today());
    if (!interactions)
        return interactions.error();
    if (!notes)
        return notes.error();
    if (!last)
        return last.error();
    if (!next)
        return next.error();
    s.interactionCount = *interactions;
    s.noteCount = *notes;
    if (!last->isEmpty())
        s.lastInteraction = last->constFirst();
    s.nextFollowUp = *next;
    if (auto st = fillPurchases(m_db, s); !st)
        return st.error();
    return s;
}

Result<QStringList> CustomerService::tags()
{
    auto values = CustomerRepository(m_db).distinctTags();
    if (!values)
        return values;
    return sortedForPersian(*values);
}

Result<QStringList> CustomerService::cities()
{
    auto values = CustomerRepository(m_db).distinctValues(QStringLiteral("city"));
    if (!values)
        return values;
    return sortedForPersian(*values);
}

Result<QStringList> CustomerService::sources()
{
    auto values = CustomerRepository(m_db).distinctValues(QStringLiteral("source"));
    if (!values)
        return values;
    return sortedForPersian(*values);
}

} // namespace peyvand::customers
