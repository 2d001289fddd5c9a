#pragma once

#include "common/Result.h"

#include <QString>

namespace peyvand::sales {

// Document numbers: a pattern with {year} (Jalali year, 4 digits), {yy} (its
// last two digits) and {seq} or {seq:N} (the counter, zero-padded to N ≤ 9
// digits); other characters are copied. The counter restarts each Jalali year
// per document type. A pattern must contain {seq} exactly once.
Status validateNumberPattern(const QString& pattern);
Result<QString> formatDocumentNumber(const QString& pattern, int jalaliYear, qint64 sequence);

} // namespace peyvand::sales
