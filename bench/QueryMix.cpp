#include "QueryMix.h"

#include "text/Digits.h"

#include <QRandomGenerator>

namespace peyvand::bench {

namespace {

using customers::Customer;

QStringList wordsOf(const QString& text)
{
    QStringList words;
    for (const QString& w : text.split(u' ', Qt::SkipEmptyParts)) {
        if (w.toUcs4().size() >= 1)
            words << w;
    }
    return words;
}

QString arabicVariant(QString text)
{
    text.replace(QChar(0x06CC), QChar(0x064A)); // ی -> ي
    text.replace(QChar(0x06A9), QChar(0x0643)); // ک -> ك
    return text;
}

class Picker {
public:
    Picker(const QList<Customer>& sample, quint32 seed) : m_sample(sample), m_rng(seed) { }

    const Customer& customer() { return m_sample.at(qsizetype(m_rng.bounded(quint32(m_sample.size())))); }
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }

    QString pick(const QStringList& list) { return list.isEmpty() ? QString() : list.at(below(int(list.size()))); }

    // A word a user might type, with its kind of source.
    QString word()
    {
        const Customer& c = customer();
        switch (below(5)) {
        case 0: return pick(wordsOf(c.name).mid(0, 1));
        case 1: return pick(wordsOf(c.name).mid(1));
        case 2: return pick(wordsOf(c.company));
        case 3: return c.city;
        default: return pick(c.tags);
        }
    }

    QString mobileFragment()
    {
        const QString mobile = customer().mobile;
        if (mobile.size() < 11)
            return {};
        const int length = 4 + below(4);               // 4..7 digits
        const int start = 2 + below(11 - 2 - length + 1); // after "09"
        const QString fragment = mobile.mid(start, length);
        return chance(50) ? text::toPersianDigits(fragment) : fragment;
    }

    // A 3+ character query.
    QString longQuery()
    {
        const Customer& c = customer();
        const QStringList name = wordsOf(c.name);
        QString q;
        switch (below(9)) {
        case 0: q = name.value(0); break;
        case 1: q = name.value(name.size() - 1); break;
        case 2: q = c.name; break;
        case 3: // typing a full name: first name and the start of the surname
            if (name.size() >= 2)
                q = name.at(0) + u' ' + name.at(1).left(3);
            break;
        case 4: q = pick(wordsOf(c.company)); break;
        case 5: q = c.city; break;
        case 6: q = pick(c.tags); break;
        case 7: q = mobileFragment(); break;
        default: q = name.value(0).left(3); break; // a prefix while typing
        }
        return chance(33) ? arabicVariant(q) : q;
    }

    QString prefix(int length)
    {
        if (length <= 2 && chance(5)) // a few digit prefixes ("09", "۹")
            return chance(50) ? QStringLiteral("09").left(length) : text::toPersianDigits(QStringLiteral("91").left(length));
        const QString q = word().left(length);
        return chance(33) ? arabicVariant(q) : q;
    }

private:
    const QList<Customer>& m_sample;
    QRandomGenerator m_rng;
};

qsizetype lengthOf(const QString& q) { return q.trimmed().toUcs4().size(); }

} // namespace

QList<QueryClass> buildQueryMix(const QList<Customer>& sample, int perClass, quint32 seed)
{
    QueryClass one { QStringLiteral("1char"), {} };
    QueryClass two { QStringLiteral("2char"), {} };
    QueryClass more { QStringLiteral("3plus"), {} };
    if (sample.isEmpty())
        return { one, two, more };
    Picker picker(sample, seed);
    // Bounded attempts: a sample without usable words must not loop forever.
    for (int attempt = 0; attempt < perClass * 50 && one.queries.size() < perClass; ++attempt) {
        const QString q = picker.prefix(1);
        if (lengthOf(q) == 1)
            one.queries << q;
    }
    for (int attempt = 0; attempt < perClass * 50 && two.queries.size() < perClass; ++attempt) {
        const QString q = picker.prefix(2);
        if (lengthOf(q) == 2)
            two.queries << q;
    }
    for (int attempt = 0; attempt < perClass * 50 && more.queries.size() < perClass; ++attempt) {
        const QString q = picker.longQuery();
        if (lengthOf(q) >= 3)
            more.queries << q;
    }
    return { one, two, more };
}

} // namespace peyvand::bench
