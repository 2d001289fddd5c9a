#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace peyvand::cli {

// Dates and timestamps in CLI JSON, as in core/customers/CustomerJson: ISO
// (timestamps UTC) with a `_jalali` twin in ASCII digits; null when unknown.
void putDate(QJsonObject& object, const QString& key, QDate date);
void putTimestamp(QJsonObject& object, const QString& key, const QDateTime& at);
// A reference to another record: its ID, or null for 0.
QJsonValue idOrNull(qint64 id);

} // namespace peyvand::cli
