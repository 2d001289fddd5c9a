// Stored forms of a score's breakdown and of a score change (ScoringEngine.h).
// Written by hand: rescoring writes one breakdown per lead.

#include "ScoringEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <optional>

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

// Reads exactly what breakdownToJson writes, without building a JSON
// document (rescoring reads one breakdown per changed lead); nullopt for
// anything else, which then goes through the JSON parser.
class WrittenBreakdown {
public:
    explicit WrittenBreakdown(QByteArrayView text) : m_text(text) { }

    std::optional<QList<ScoreItem>> read()
    {
        QList<ScoreItem> items;
        if (!eat("["))
            return std::nullopt;
        if (eat("]"))
            return m_pos == m_text.size() ? std::optional(items) : std::nullopt;
        do {
            ScoreItem item;
            if (!eat("{\"criterion\":") || !string(item.criterion))
                return std::nullopt;
            if (eat(",\"option\":") && !string(item.option))
                return std::nullopt;
            if (!eat(",\"points\":") || !integer(item.points))
                return std::nullopt;
            item.uncapped = item.points;
            if (eat(",\"uncapped\":") && !integer(item.uncapped))
                return std::nullopt;
            if (eat(",\"age_days\":") && !real(item.ageDays))
                return std::nullopt;
            if (!eat("}") || item.criterion.isEmpty())
                return std::nullopt;
            items << item;
        } while (eat(","));
        if (!eat("]") || m_pos != m_text.size())
            return std::nullopt;
        return items;
    }

private:
    bool eat(const char* literal)
    {
        const QByteArrayView expected(literal);
        if (m_text.sliced(m_pos).startsWith(expected)) {
            m_pos += expected.size();
            return true;
        }
        return false;
    }

    bool string(QString& out)
    {
        if (!eat("\""))
            return false;
        const qsizetype end = m_text.indexOf('"', m_pos);
        if (end < 0)
            return false;
        const QByteArrayView body = m_text.sliced(m_pos, end - m_pos);
        if (body.contains('\\'))
            return false;
        out = QString::fromUtf8(body);
        m_pos = end + 1;
        return true;
    }

    bool integer(int& out)
    {
        const qsizetype start = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        qint64 value = 0;
        const qsizetype digits = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9' && m_pos - digits < 10)
            value = value * 10 + (m_text[m_pos++] - '0');
        if (m_pos == digits || value > std::numeric_limits<int>::max())
            return false;
        out = int(m_text[start] == '-' ? -value : value);
        return true;
    }

    bool real(double& out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && QByteArrayView("0123456789.eE+-").contains(m_text[m_pos]))
            ++m_pos;
        bool ok = false;
        out = m_text.sliced(start, m_pos - start).toByteArray().toDouble(&ok);
        return ok;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

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
        if (!item.option.isEmpty()) {
            out += ",\"option\":";
            appendQuoted(out, item.option);
        }
        out += ",\"points\":";
        out += QByteArray::number(item.points);
        if (item.uncapped != item.points) {
            out += ",\"uncapped\":";
            out += QByteArray::number(item.uncapped);
        }
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
    if (std::optional<QList<ScoreItem>> written = WrittenBreakdown(json).read())
        return *written;
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
