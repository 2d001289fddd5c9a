#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::history {

// The records whose history can be shown. A record's history includes its
// parts: a customer's or lead's notes and interactions, a document's
// attachments, a cheque payment's cheque; "setting" is every settings change.
enum class RecordKind { Customer, Lead, Document, Payment, Setting };

QString toKey(RecordKind kind);                         // customer, lead, quote, payment, setting
std::optional<RecordKind> recordKindFromKey(QStringView key); // also accepts "document", "invoice"

// How a value should be shown; the caller formats money and dates.
enum class ValueKind { Text, Money, Date, Timestamp, Json };

// One field of one change, oldest change first.
struct HistoryRow {
    qint64 auditId = 0;
    QDateTime at;        // UTC
    QString action;      // create, update, delete, archive, restore
    QString source;      // app, cli, import, … ('' when recorded before schema 6)
    QString entity;      // the audit entity: customer, customer_note, cheque, …
    qint64 entityId = 0;
    QString field;       // the JSON key; '' for a change that names no field
    QJsonValue oldValue; // Undefined when the field had no value before (create)
    QJsonValue newValue; // Undefined when it has none after (delete)
    ValueKind valueKind = ValueKind::Text;

    // "field" qualified by the part it belongs to: "text" of the customer,
    // "customer_note.text" of one of its notes.
    QString qualifiedField(RecordKind kind) const;
};

class RecordHistory final {
public:
    explicit RecordHistory(storage::Database& db) : m_db(db) { }

    // Every recorded change of the record and its parts; an empty list when
    // nothing was recorded (also for an id that never existed). For
    // RecordKind::Setting the id is ignored.
    Result<QList<HistoryRow>> of(RecordKind kind, qint64 id);

    // The translated name of a field ("Mobile", "Note: Text"); the key
    // itself for fields this build does not know.
    static QString fieldLabel(const QString& entity, const QString& field);
    static QString actionLabel(const QString& action);
    static QString sourceLabel(const QString& source);
    static ValueKind valueKindOf(const QString& field);
    // A value as plain text: strings as they are, arrays joined, objects as compact JSON.
    static QString plainText(const QJsonValue& value);

private:
    storage::Database& m_db;
};

} // namespace peyvand::history
