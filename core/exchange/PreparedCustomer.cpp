#include "PreparedCustomer.h"

#include "customers/CustomerRepository.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <optional>
#include <string_view>
#include <unordered_map>

namespace peyvand::exchange {

using customers::Customer;

namespace {

// What a row needs of a value that repeats across rows (a city, province,
// source, company or tag), computed once per worker thread: all of it are pure
// functions of the value.
struct RepeatedValue {
    QByteArray utf8;
    QString key;         // searchKey
    QByteArray keyUtf8;
    QByteArray sortUtf8; // sortKeyOfSearchKey(key)
};

class RepeatedValues final {
public:
    RepeatedValues()
        : m_null(derived(QString()))
        , m_empty(derived(QStringLiteral("")))
    {
    }

    // Entries stay where they are until the next forgetIfLarge().
    const RepeatedValue& of(const QString& value)
    {
        if (value.isEmpty()) // most companies and sources: no lookup
            return value.isNull() ? m_null : m_empty;
        auto it = m_values.find(value);
        if (it != m_values.end())
            return it->second;
        return m_values.emplace(value, derived(value)).first->second;
    }

    void forgetIfLarge()
    {
        if (m_values.size() > 20000)
            m_values.clear();
    }

private:
    static RepeatedValue derived(const QString& value)
    {
        RepeatedValue v;
        v.utf8 = value.toUtf8();
        v.key = text::searchKey(value);
        v.keyUtf8 = v.key.toUtf8();
        v.sortUtf8 = text::sortKeyOfSearchKey(v.key).toUtf8();
        return v;
    }

    struct Hash {
        size_t operator()(const QString& s) const noexcept
        {
            const auto* units = reinterpret_cast<const char16_t*>(s.constData());
            return std::hash<std::u16string_view>()(std::u16string_view(units, size_t(s.size())));
        }
    };
    const RepeatedValue m_null;
    const RepeatedValue m_empty;
    std::unordered_map<QString, RepeatedValue, Hash> m_values;
};

// A text of a value as UTF-8, remembered for the last value: the kind, the
// preferred channel and the since date of nearly every row are those of the
// row before.
template <typename Value>
class LastUtf8 final {
public:
    template <typename Text>
    const QByteArray& of(const Value& value, Text&& text)
    {
        if (!m_value || !(*m_value == value)) {
            m_value = value;
            m_utf8 = text(value).toUtf8();
        }
        return m_utf8;
    }

private:
    std::optional<Value> m_value;
    QByteArray m_utf8;
};

} // namespace

void PreparedCustomer::derive(QDate today)
{
    thread_local RepeatedValues repeated;
    thread_local LastUtf8<customers::CustomerKind> kindUtf8;
    thread_local LastUtf8<customers::ContactChannel> channelUtf8;
    thread_local LastUtf8<QDate> sinceUtf8;
    repeated.forgetIfLarge();

    Customer& c = customer;
    if (!c.since.isValid())
        c.since = today;
    const QString nameKey = text::searchKey(c.name);
    nameSort = text::sortKeyOfSearchKey(nameKey);
    const RepeatedValue& company = repeated.of(c.company);
    const RepeatedValue& city = repeated.of(c.city);
    const RepeatedValue& source = repeated.of(c.source);
    cityKey = city.key;
    sourceKey = source.key;
    tagKeys.clear();
    for (const QString& tag : c.tags)
        tagKeys << repeated.of(tag).key;
    const QString searchText = customers::CustomerRepository::searchText(c, [&](const QString& value) {
        if (&value == &c.name)
            return nameKey;
        if (&value == &c.company)
            return company.key;
        if (&value == &c.city)
            return city.key;
        if (&value == &c.email)
            return text::searchKey(value); // unique per customer: not worth caching
        return repeated.of(value).key;
    });
    columns = {
        kindUtf8.of(c.kind, [](customers::CustomerKind k) { return customers::toKey(k); }),
        c.name.toUtf8(), company.utf8, c.nationalId.toUtf8(), c.legalId.toUtf8(), c.economicCode.toUtf8(),
        c.registrationNumber.toUtf8(), c.mobile.toUtf8(), c.otherPhones.join(u'\n').toUtf8(),
        c.email.toUtf8(), c.website.toUtf8(), c.instagram.toUtf8(), c.telegram.toUtf8(), c.whatsapp.toUtf8(),
        c.linkedin.toUtf8(),
        channelUtf8.of(c.preferredChannel, [](customers::ContactChannel ch) { return customers::toKey(ch); }),
        c.address.toUtf8(), city.utf8, repeated.of(c.province).utf8, c.postalCode.toUtf8(), source.utf8,
        c.tags.join(QChar(31)).toUtf8(), sinceUtf8.of(c.since, [](QDate d) { return storage::isoDate(d); }),
        nameSort.toUtf8(), company.sortUtf8, city.sortUtf8, city.keyUtf8, source.keyUtf8, searchText.toUtf8(),
    };
}

} // namespace peyvand::exchange
