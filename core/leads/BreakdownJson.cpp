// Stored forms of a score's breakdown and of a score change (ScoringEngine.h).
// Written by hand: rescoring writes one breakdown per lead.

#include "ScoringEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace peyvand::leads {

namespace {

void appendQuoted(QByteArray& out, const QString& text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain) {
        out += '"';
        out += text.toLatin1();
        out += '"';
        return;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    out += wrapped.mid(1, wrapped.size() - 2);
}

QJsonArray arrayOf(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isArray() ? document.array() : QJsonArray();
}

} // namespace

QByteArray breakdownToJson(const QList<ScoreItem>& items)
{
    QByteArray out;
    out.reserve(80 * items.size() + 2);
    out += '[';
    for (const ScoreItem& item : items) {
        if (out.size() > 1)
            out += ',';
        out += "{\"criterion\":";
        appendQuoted(out, item.criterion);
        out += ",\"option\":";
        appendQuoted(out, item.option);
        out += ",\"points\":";
        out += QByteArray::number(item.points);
        out += ",\"uncapped\":";
        out += QByteArray::number(item.uncapped);
        if (item.ageDays != 0) {
            out += ",\"age_days\":";
            out += QByteArray::number(item.ageDays, 'g', QLocale::FloatingPointShortest);
        }
        out += '}';
    }
    out += ']';
    return out;
}

QList<ScoreItem> breakdownFromJson(const QByteArray& json)
{
    QList<ScoreItem> items;
    for (const QJsonValue& value : arrayOf(json)) {
        const QJsonObject o = value.toObject();
        ScoreItem item;
        item.criterion = o.value(QLatin1String("criterion")).toString();
        item.option = o.value(QLatin1String("option")).toString();
        item.points = o.value(QLatin1String("points")).toInt();
        item.uncapped = o.value(QLatin1String("uncapped")).toInt(item.points);
        item.ageDays = o.value(QLatin1String("age_days")).toDouble();
        if (!item.criterion.isEmpty())
            items << item;
    }
    return items;
}

QByteArray changesToJson(const QList<CriterionChange>& changes)
{
    QByteArray out;
    out += '[';
    for (const CriterionChange& change : changes) {
        if (out.size() > 1)
            out += ',';
        out += "{\"criterion\":";
        appendQuoted(out, change.criterion);
        out += ",\"from\":";
        out += QByteArray::number(change.from);
        out += ",\"to\":";
        out += QByteArray::number(change.to);
        out += '}';
    }
    out += ']';
    return out;
}

QList<CriterionChange> changesFromJson(const QByteArray& json)
{
    QList<CriterionChange> changes;
    for (const QJsonValue& value : arrayOf(json)) {
        const QJsonObject o = value.toObject();
        CriterionChange change;
        change.criterion = o.value(QLatin1String("criterion")).toString();
        change.from = o.value(QLatin1String("from")).toInt();
        change.to = o.value(QLatin1String("to")).toInt();
        if (!change.criterion.isEmpty())
            changes << change;
    }
    return changes;
}

} // namespace peyvand::leads
