#include "DuplicateIndex.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "text/PersianText.h"

#include <QHashFunctions>

namespace peyvand::exchange {

namespace {

constexpr std::size_t kInitialSlots = 1024;

quint64 hashOf(DuplicateReason rule, const QString& a, const QString& b = {})
{
    // Seeded per rule so that a mobile never meets an email of the same text.
    quint64 h = qHash(QStringView(a), size_t(0x9E3779B97F4A7C15ull) * (int(rule) + 1));
    if (!b.isEmpty())
        h = qHash(QStringView(b), size_t(h));
    return h == 0 ? 1 : h;
}

template <typename Fn>
void forEachKey(const DuplicateKeys& k, Fn&& fn)
{
    if (!k.mobile.isEmpty())
        fn(DuplicateReason::Mobile, hashOf(DuplicateReason::Mobile, k.mobile));
    if (!k.nationalId.isEmpty())
        fn(DuplicateReason::NationalId, hashOf(DuplicateReason::NationalId, k.nationalId));
    if (!k.email.isEmpty())
        fn(DuplicateReason::Email, hashOf(DuplicateReason::Email, k.email));
    if (!k.nameKey.isEmpty() && !k.cityKey.isEmpty())
        fn(DuplicateReason::NameAndCity, hashOf(DuplicateReason::NameAndCity, k.nameKey, k.cityKey));
}

} // namespace

DuplicateKeys DuplicateKeys::of(const customers::Customer& c, const QString& nameKey, const QString& cityKey)
{
    return DuplicateKeys { c.mobile, c.nationalId, c.email.toLower(), nameKey, cityKey };
}

DuplicateKeys DuplicateKeys::of(const customers::Customer& c)
{
    return of(c, text::sortKey(c.name), text::searchKey(c.city));
}

DuplicateIndex::DuplicateIndex()
    : m_hashes(kInitialSlots, 0)
    , m_refs(kInitialSlots, 0)
{
}

Status DuplicateIndex::loadExisting(storage::Database& db)
{
    auto st = storage::SqlStatement::prepare(
        db.connection(),
        QStringLiteral("SELECT id, mobile, national_id, email, name_sort, city_key FROM customers"));
    if (!st)
        return st.error();
    (*st)->bindValues({});
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        DuplicateKeys keys;
        keys.mobile = (*st)->text(1);
        keys.nationalId = (*st)->text(2);
        keys.email = (*st)->text(3).toLower();
        keys.cityKey = (*st)->text(5);
        if (!keys.cityKey.isEmpty())
            keys.nameKey = (*st)->text(4);
        add(keys, (*st)->int64(0), 0);
    }
    return {};
}

std::optional<DuplicateIndex::Hit> DuplicateIndex::find(const DuplicateKeys& keys) const
{
    std::optional<Hit> hit;
    forEachKey(keys, [&](DuplicateReason reason, quint64 hash) {
        if (hit)
            return;
        if (auto ref = lookup(hash)) {
            const Record& r = m_records[*ref];
            hit = Hit { reason, r.id, r.line };
        }
    });
    return hit;
}

void DuplicateIndex::add(const DuplicateKeys& keys, qint64 id, qint64 line)
{
    const auto record = quint32(m_records.size());
    bool any = false;
    forEachKey(keys, [&](DuplicateReason, quint64 hash) {
        if (lookup(hash))
            return;
        if (!any) {
            m_records.push_back(Record { id, line });
            any = true;
        }
        insert(hash, record);
    });
}

std::optional<quint32> DuplicateIndex::lookup(quint64 hash) const
{
    const std::size_t mask = m_hashes.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_hashes[i] == hash)
            return m_refs[i];
        if (m_hashes[i] == 0)
            return std::nullopt;
    }
}

void DuplicateIndex::insert(quint64 hash, quint32 record)
{
    if (std::size_t(m_used + 1) * 10 > m_hashes.size() * 7)
        grow();
    const std::size_t mask = m_hashes.size() - 1;
    std::size_t i = hash & mask;
    while (m_hashes[i] != 0)
        i = (i + 1) & mask;
    m_hashes[i] = hash;
    m_refs[i] = record;
    ++m_used;
}

void DuplicateIndex::grow()
{
    std::vector<quint64> hashes(m_hashes.size() * 2, 0);
    std::vector<quint32> refs(m_refs.size() * 2, 0);
    const std::size_t mask = hashes.size() - 1;
    for (std::size_t j = 0; j < m_hashes.size(); ++j) {
        if (m_hashes[j] == 0)
            continue;
        std::size_t i = m_hashes[j] & mask;
        while (hashes[i] != 0)
            i = (i + 1) & mask;
        hashes[i] = m_hashes[j];
        refs[i] = m_refs[j];
    }
    m_hashes.swap(hashes);
    m_refs.swap(refs);
}

} // namespace peyvand::exchange
