#include "JsonFields.h"

#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

namespace peyvand::cli {

void putDate(QJsonObject& object, const QString& key, QDate date)
{
    const QString jalaliKey = key + QStringLiteral("_jalali");
    if (!date.isValid()) {
        object.insert(key, QJsonValue::Null);
        object.insert(jalaliKey, QJsonValue::Null);
        return;
    }
    object.insert(key, storage::isoDate(date));
    object.insert(jalaliKey, text::jalali::formatNumeric(date, text::DigitScript::Latin));
}

void putTimestamp(QJsonObject& object, const QString& key, const QDateTime& at)
{
    const QString jalaliKey = key + QStringLiteral("_jalali");
    if (!at.isValid()) {
        object.insert(key, QJsonValue::Null);
        object.insert(jalaliKey, QJsonValue::Null);
        return;
    }
    object.insert(key, storage::isoTimestamp(at));
    const QDateTime local = at.toLocalTime();
    object.insert(jalaliKey, text::jalali::formatNumeric(local.date(), text::DigitScript::Latin) + u' '
                                 + local.time().toString(QStringLiteral("HH:mm")));
}

QJsonValue idOrNull(qint64 id) { return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null); }

} // namespace peyvand::cli
