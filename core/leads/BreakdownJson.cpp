// Stored forms of a score's breakdown and of a score change (ScoringEngine.h).
// Written and read by hand: rescoring writes a breakdown per lead and reads
// the old one of every lead whose score moved.

#include "ScoringEngine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>
#include <string>

namespace peyvand::leads {

namespace {

// The text is built in a std::string, which appends a character far more
// cheaply than QByteArray, and copied once at the end.
void appendQuoted(std::string& out, const QString& text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain) {
        out += '"';
        for (QChar c : text)
            out += char(c.unicode());
        out += '"';
        return;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    out.append(wrapped.constData() + 1, wrapped.size() - 2);
}

template <typename Number>
void appendNumber(std::string& out, Number value)
{
    char buffer[32];
    const std::to_chars_result written = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, written.ptr - buffer);
}

// The few distinct criteria and options as shared QStrings, so that reading a
// hundred thousand breakdowns does not allocate a million small strings.
QString interned(QByteArrayView bytes)
{
    thread_local QHash<QByteArray, QString> seen;
    const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
    if (const auto it = seen.constFind(key); it != seen.cend())
        return *it;
    QString text = QString::fromUtf8(bytes);
    if (seen.size() < 512)
        seen.insert(bytes.toByteArray(), text);
    return text;
}

// Reads exactly what breakdownToJson and changesToJson write, without
// building a JSON document; nullopt for anything else, which then goes
// through the JSON parser.
class WrittenJson {
public:
    explicit WrittenJson(QByteArrayView text) : m_text(text) { }

    std::optional<QList<ScoreItem>> breakdown()
    {
        QList<ScoreItem> items;
        const bool ok = list([&] {
            ScoreItem item;
            if (!string(item.criterion) || !eat(',') || !string(item.option) || !eat(',') || !integer(item.points))
                return false;
            item.uncapped = item.points;
            if (eat(',') && (!integer(item.uncapped) || (eat(',') && !real(item.ageDays))))
                return false;
            if (item.criterion.isEmpty())
                return false;
            items << item;
            return true;
        });
        return ok ? std::optional(items) : std::nullopt;
    }

    std::optional<QList<CriterionChange>> changes()
    {
        QList<CriterionChange> changes;
        const bool ok = list([&] {
            CriterionChange change;
            if (!string(change.criterion) || !eat(',') || !integer(change.from) || !eat(',') || !integer(change.to)
                || change.criterion.isEmpty())
                return false;
            changes << change;
            return true;
        });
        return ok ? std::optional(changes) : std::nullopt;
    }

private:
    // "[" then elements "[…]" separated by commas, then "]" and the end.
    template <typename Element>
    bool list(Element element)
    {
        if (!eat('['))
            return false;
        if (eat(']'))
            return m_pos == m_text.size();
        do {
            if (!eat('[') || !element() || !eat(']'))
                return false;
        } while (eat(','));
        return eat(']') && m_pos == m_text.size();
    }

    bool eat(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool string(QString& out)
    {
        if (!eat('"'))
            return false;
        const qsizetype end = m_text.indexOf('"', m_pos);
        if (end < 0)
            return false;
        const QByteArrayView body = m_text.sliced(m_pos, end - m_pos);
        if (body.contains('\\'))
            return false;
        out = interned(body);
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
    thread_local std::string out;
    out.clear();
    out += '[';
    for (const ScoreItem& item : items) {
        if (out.size() > 1)
            out += ',';
        out += '[';
        appendQuoted(out, item.criterion);
        out += ',';
        appendQuoted(out, item.option);
        out += ',';
        appendNumber(out, item.points);
        if (item.uncapped != item.points || item.ageDays != 0) {
            out += ',';
            appendNumber(out, item.uncapped);
        }
        if (item.ageDays != 0) {
            out += ',';
            appendNumber(out, item.ageDays); // the shortest text that reads back the same
        }
        out += ']';
    }
    out += ']';
    return QByteArray(out.data(), qsizetype(out.size()));
}

QList<ScoreItem> breakdownFromJson(const QByteArray& json)
{
    if (std::optional<QList<ScoreItem>> written = WrittenJson(json).breakdown())
        return *written;
    // Other spellings: spaces, and items as objects with named keys.
    QList<ScoreItem> items;
    for (const QJsonValue& value : arrayOf(json)) {
        ScoreItem item;
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            item.criterion = a.at(0).toString();
            item.option = a.at(1).toString();
            item.points = a.at(2).toInt();
            item.uncapped = a.at(3).toInt(item.points);
            item.ageDays = a.at(4).toDouble();
        } else {
            const QJsonObject o = value.toObject();
            item.criterion = o.value(QLatin1String("criterion")).toString();
            item.option = o.value(QLatin1String("option")).toString();
            item.points = o.value(QLatin1String("points")).toInt();
            item.uncapped = o.value(QLatin1String("uncapped")).toInt(item.points);
            item.ageDays = o.value(QLatin1String("age_days")).toDouble();
        }
        if (!item.criterion.isEmpty())
            items << item;
    }
    return items;
}

QByteArray changesToJson(const QList<CriterionChange>& changes)
{
    thread_local std::string out;
    out.clear();
    out += '[';
    for (const CriterionChange& change : changes) {
        if (out.size() > 1)
            out += ',';
        out += '[';
        appendQuoted(out, change.criterion);
        out += ',';
        appendNumber(out, change.from);
        out += ',';
        appendNumber(out, change.to);
        out += ']';
    }
    out += ']';
    return QByteArray(out.data(), qsizetype(out.size()));
}

QList<CriterionChange> changesFromJson(const QByteArray& json)
{
    if (std::optional<QList<CriterionChange>> written = WrittenJson(json).changes())
        return *written;
    QList<CriterionChange> changes;
    for (const QJsonValue& value : arrayOf(json)) {
        CriterionChange change;
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            change.criterion = a.at(0).toString();
            change.from = a.at(1).toInt();
            change.to = a.at(2).toInt();
        } else {
            const QJsonObject o = value.toObject();
            change.criterion = o.value(QLatin1String("criterion")).toString();
            change.from = o.value(QLatin1String("from")).toInt();
            change.to = o.value(QLatin1String("to")).toInt();
        }
        if (!change.criterion.isEmpty())
            changes << change;
    }
    return changes;
}

} // namespace peyvand::leads
