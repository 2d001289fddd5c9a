#pragma once

// Internal to core/exchange: how headers are compared and what exports write.

#include "ImportField.h"

#include <QString>
#include <QStringView>

namespace peyvand::exchange {

// A header as compared by autoMap: the search key without spaces,
// underscores, hyphens, dots, colons, slashes, stars and ZWNJ.
QString headerKey(QStringView header);
// The Persian column title of a field ("کد ملی"); autoMap maps it back.
QString persianHeader(ImportField field);

} // namespace peyvand::exchange
