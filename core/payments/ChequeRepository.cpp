#include "ChequeRepository.h"

#include "PaymentRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Digits.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace peyvand::payments {

namespace {

struct ChequeRowsText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

QString selectSql(bool withImage)
{
    return QStringLiteral(
               "SELECT q.id, q.direction, q.status, q.sayad_id, q.serial, q.amount, q.bank, q.branch_name, q.branch_code, "
               "q.account_type, q.account_number, q.drawer_name, q.drawer_id, q.due_date, q.entry_date, q.status_date, "
               "q.customer_id, q.document_id, q.instalment_id, %1, q.image_mime, q.image IS NOT NULL, q.note, "
               "coalesce(c.name, ''), coalesce(d.number, ''), q.created_at, q.updated_at "
               "FROM cheques q LEFT JOIN customers c ON c.id = q.customer_id LEFT JOIN documents d ON d.id = q.document_id")
        .arg(withImage ? QStringLiteral("q.image") : QStringLiteral("NULL"));
}

Cheque readCheque(const QSqlQuery& q)
{
    Cheque c;
    c.id = q.value(0).toLongLong();
    c.direction = chequeDirectionFromKey(q.value(1).toString()).value_or(ChequeDirection::Received);
    c.status = chequeStatusFromKey(q.value(2).toString()).value_or(ChequeStatus::Received);
    c.sayadId = q.value(3).toString();
    c.serial = q.value(4).toString();
    c.amount = Money::fromRial(q.value(5).toLongLong());
    c.bank = q.value(6).toString();
    c.branchName = q.value(7).toString();
    c.branchCode = q.value(8).toString();
    c.accountType = accountTypeFromKey(q.value(9).toString()).value_or(AccountType::Other);
    c.accountNumber = q.value(10).toString();
    c.drawerName = q.value(11).toString();
    c.drawerId = q.value(12).toString();
    c.dueDate = storage::dateFromIso(q.value(13));
    c.entryDate = storage::dateFromIso(q.value(14));
    c.statusDate = storage::dateFromIso(q.value(15));
    c.customerId = optionalId(q.value(16));
    c.documentId = optionalId(q.value(17));
    c.instalmentId = optionalId(q.value(18));
    c.image = q.value(19).toByteArray();
    c.imageMime = q.value(20).toString();
    c.hasImage = q.value(21).toBool();
    c.note = q.value(22).toString();
    c.customerName = q.value(23).toString();
    c.documentNumber = q.value(24).toString();
    c.createdAt = storage::timestampFromIso(q.value(25));
    c.updatedAt = storage::timestampFromIso(q.value(26));
    return c;
}

Error missing(qint64 id)
{
    return Error::make(ErrorCode::NotFound, ChequeRowsText::tr("There is no cheque with number %1.").arg(id));
}

QVariant imageValue(const Cheque& c)
{
    return c.image.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(c.image);
}

QString orderBy(ChequeFilter::Sort sort)
{
    switch (sort) {
    case ChequeFilter::Sort::DueAsc:
        return QStringLiteral("q.due_date, q.id");
    case ChequeFilter::Sort::DueDesc:
        return QStringLiteral("q.due_date DESC, q.id DESC");
    case ChequeFilter::Sort::AmountDesc:
        return QStringLiteral("q.amount DESC, q.due_date, q.id");
    case ChequeFilter::Sort::AmountAsc:
        return QStringLiteral("q.amount, q.due_date, q.id");
    case ChequeFilter::Sort::StatusAsc:
        return QStringLiteral("q.status, q.due_date, q.id");
    case ChequeFilter::Sort::DrawerAsc:
        return QStringLiteral("q.drawer_name, q.due_date, q.id");
    case ChequeFilter::Sort::EntryDesc:
        return QStringLiteral("q.entry_date DESC, q.id DESC");
    }
    return QStringLiteral("q.due_date, q.id");
}

} // namespace

Result<Cheque> ChequeRepository::find(qint64 id, bool withImage)
{
    auto q = storage::run(m_db.connection(), selectSql(withImage) + QStringLiteral(" WHERE q.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return missing(id);
    return readCheque(*q);
}

Result<qint64> ChequeRepository::insert(const Cheque& c)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO cheques (direction, status, sayad_id, serial, amount, bank, branch_name, branch_code, "
                                         "account_type, account_number, drawer_name, drawer_id, due_date, entry_date, status_date, "
                                         "customer_id, document_id, instalment_id, image, image_mime, note, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          { toKey(c.direction), toKey(c.status), c.sayadId, c.serial, c.amount.rial(), c.bank, c.branchName, c.branchCode,
                            toKey(c.accountType), c.accountNumber, c.drawerName, c.drawerId, storage::isoDate(c.dueDate),
                            storage::isoDate(c.entryDate), storage::isoDate(c.statusDate), nullableId(c.customerId),
                            nullableId(c.documentId), nullableId(c.instalmentId), imageValue(c), c.imageMime, c.note,
                            storage::isoTimestamp(c.createdAt), storage::isoTimestamp(c.updatedAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status ChequeRepository::updateDetails(const Cheque& c)
{
    return storage::changeOne(m_db.connection(),
                              QStringLiteral("UPDATE cheques SET serial = ?, bank = ?, branch_name = ?, branch_code = ?, account_type = ?, "
                                             "account_number = ?, drawer_name = ?, drawer_id = ?, image = ?, image_mime = ?, note = ?, "
                                             "updated_at = ? WHERE id = ?"),
                              { c.serial, c.bank, c.branchName, c.branchCode, toKey(c.accountType), c.accountNumber, c.drawerName,
                                c.drawerId, imageValue(c), c.imageMime, c.note, storage::isoTimestamp(c.updatedAt), c.id },
                              missing(c.id));
}

Status ChequeRepository::setStatus(qint64 id, ChequeStatus status, QDate statusDate, const QDateTime& at)
{
    return storage::changeOne(m_db.connection(),
                              QStringLiteral("UPDATE cheques SET status = ?, status_date = ?, updated_at = ? WHERE id = ?"),
                              { toKey(status), storage::isoDate(statusDate), storage::isoTimestamp(at), id }, missing(id));
}

Result<QList<Cheque>> ChequeRepository::list(const ChequeFilter& f)
{
    QStringList conditions;
    QVariantList values;
    const QString text = text::normalizeForStorage(f.text);
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(instr(q.sayad_id, ?) > 0 OR instr(q.serial, ?) > 0 OR instr(q.drawer_name, ?) > 0 "
                                     "OR instr(coalesce(c.name, ''), ?) > 0 OR instr(q.bank, ?) > 0)");
        const QString digits = text::toAsciiDigits(text);
        values << digits << digits << text << text << text;
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (ChequeStatus s : f.statuses) {
            marks << QStringLiteral("?");
            values << toKey(s);
        }
        conditions << QStringLiteral("q.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.direction) {
        conditions << QStringLiteral("q.direction = ?");
        values << toKey(*f.direction);
    }
    if (f.customerId) {
        conditions << QStringLiteral("q.customer_id = ?");
        values << *f.customerId;
    }
    if (f.dueFrom.isValid()) {
        conditions << QStringLiteral("q.due_date >= ?");
        values << storage::isoDate(f.dueFrom);
    }
    if (f.dueTo.isValid()) {
        conditions << QStringLiteral("q.due_date <= ?");
        values << storage::isoDate(f.dueTo);
    }
    QString sql = selectSql(false);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + orderBy(f.sort) + QStringLiteral(" LIMIT ?");
    values << qMax(0, f.limit);
    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    QList<Cheque> out;
    while (q->next())
        out << readCheque(*q);
    return out;
}

Result<qint64> ChequeRepository::addEvent(const ChequeEvent& e)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO cheque_events (cheque_id, from_status, to_status, event_date, note, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          { e.chequeId, e.from ? toKey(*e.from) : QString(), toKey(e.to), storage::isoDate(e.date), e.note,
                            storage::isoTimestamp(e.recordedAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<QList<ChequeEvent>> ChequeRepository::events(qint64 chequeId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT id, cheque_id, from_status, to_status, event_date, note, created_at "
                                         "FROM cheque_events WHERE cheque_id = ? ORDER BY id"),
                          { chequeId });
    if (!q)
        return q.error();
    QList<ChequeEvent> out;
    while (q->next()) {
        ChequeEvent e;
        e.id = q->value(0).toLongLong();
        e.chequeId = q->value(1).toLongLong();
        e.from = chequeStatusFromKey(q->value(2).toString());
        e.to = chequeStatusFromKey(q->value(3).toString()).value_or(ChequeStatus::Received);
        e.date = storage::dateFromIso(q->value(4));
        e.note = q->value(5).toString();
        e.recordedAt = storage::timestampFromIso(q->value(6));
        out << e;
    }
    return out;
}

QJsonObject ChequeRepository::auditValues(const Cheque& c)
{
    QJsonObject o {
        { QStringLiteral("direction"), toKey(c.direction) },
        { QStringLiteral("status"), toKey(c.status) },
        { QStringLiteral("sayad_id"), c.sayadId },
        { QStringLiteral("amount"), c.amount.rial() },
        { QStringLiteral("due_date"), storage::isoDate(c.dueDate) },
        { QStringLiteral("entry_date"), storage::isoDate(c.entryDate) },
        { QStringLiteral("status_date"), storage::isoDate(c.statusDate) },
        { QStringLiteral("account_type"), toKey(c.accountType) },
    };
    auto putId = [&](const char* key, const std::optional<qint64>& id) {
        o.insert(QLatin1String(key), id ? QJsonValue(*id) : QJsonValue());
    };
    putId("customer_id", c.customerId);
    putId("document_id", c.documentId);
    putId("instalment_id", c.instalmentId);
    const std::pair<const char*, QString> details[] = {
        { "serial", c.serial },         { "bank", c.bank },
        { "branch_name", c.branchName }, { "branch_code", c.branchCode },
        { "account_number", c.accountNumber }, { "drawer_name", c.drawerName },
        { "drawer_id", c.drawerId },    { "note", c.note },
    };
    for (const auto& [key, value] : details)
        o.insert(QLatin1String(key), value);
    // The scan by its fingerprint: the audit never holds the image itself.
    o.insert(QStringLiteral("image_sha1"),
             c.image.isEmpty() ? QString() : QString::fromLatin1(QCryptographicHash::hash(c.image, QCryptographicHash::Sha1).toHex()));
    return o;
}

} // namespace peyvand::payments
