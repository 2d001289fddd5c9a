// Normaliser properties: no crash, idempotence, and the search/sort keys do
// not depend on whether the storage form was applied first.
#include "FuzzSupport.h"
#include "text/PersianText.h"

using namespace peyvand::text;
using peyvand::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = peyvand::fuzz::textFrom(data, size);

    const QString stored = normalizeForStorage(input);
    require(normalizeForStorage(stored) == stored, "normalizeForStorage is idempotent", input);
    require(!stored.startsWith(u' ') && !stored.endsWith(u' '), "storage form is trimmed", input);

    const QString key = searchKey(input);
    require(searchKey(key) == key, "searchKey is idempotent", input);
    require(searchKey(stored) == key, "searchKey(storage form) == searchKey", input);

    const QString sort = sortKey(input);
    require(sortKey(key) == sort, "sortKey depends only on the search key", input);

    const QString digits = digitsOnly(input);
    for (const QChar c : digits)
        require(c >= u'0' && c <= u'9', "digitsOnly returns ASCII digits", input);
    return 0;
}
