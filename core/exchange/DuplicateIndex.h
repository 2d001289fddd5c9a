#pragma once

// Internal to core/exchange: finds duplicates of incoming customers among the
// stored ones and the rows imported before, in memory.

#include "ImportTypes.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QString>

#include <optional>
#include <vector>

namespace peyvand::storage {
class Database;
}

namespace peyvand::exchange {

// The keys a customer is compared by: its mobile, national ID, email (case
// ignored), and its name and city together (only when both are given),
// compared by their keys from core/text: Arabic/Persian letter variants, ZWNJ,
// diacritics and tatweel do not matter. The name's key is its sort key (the
// stored name_sort: a one-to-one image of its search key), the city's its
// search key (the stored city_key), so stored customers need no recomputing.
struct DuplicateKeys {
    QString mobile;
    QString nationalId;
    QString email;
    QString nameKey;
    QString cityKey;

    // From a customer in storage form, with its name's sort key and city's search key.
    static DuplicateKeys of(const customers::Customer& customer, const QString& nameKey, const QString& cityKey);
    static DuplicateKeys of(const customers::Customer& customer);
};

// Hash sets of 64-bit hashes of the keys (a few bytes a key: a million
// customers fit in tens of MB). A hit means "the same key, barring a 64-bit
// hash collision"; callers that need certainty compare the records.
class DuplicateIndex final {
public:
    struct Hit {
        DuplicateReason reason = DuplicateReason::Mobile;
        qint64 id = 0;   // the stored customer (0: a row not stored, e.g. in a preview)
        qint64 line = 0; // the earlier row of the file (0: a customer stored before the import)
    };

    DuplicateIndex();

    // Loads the keys of every stored customer (archived ones too).
    Status loadExisting(storage::Database& db);
    // The first rule that matches, in the order Mobile, NationalId, Email, NameAndCity.
    std::optional<Hit> find(const DuplicateKeys& keys) const;
    // Adds the keys; keys already present keep pointing at the first record.
    void add(const DuplicateKeys& keys, qint64 id, qint64 line);
    qint64 size() const { return m_used; }

private:
    struct Record {
        qint64 id;
        qint64 line;
    };
    void insert(quint64 hash, quint32 record);
    std::optional<quint32> lookup(quint64 hash) const;
    void grow();

    std::vector<quint64> m_hashes; // 0: empty slot
    std::vector<quint32> m_refs;
    std::vector<Record> m_records;
    qint64 m_used = 0;
};

} // namespace peyvand::exchange
