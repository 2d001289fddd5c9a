#pragma once

#include "RenderFormat.h"
#include "sales/Document.h"

#include <QString>

namespace peyvand::documents {

// The goods table of the form: its 11 columns, a header row that the layout
// repeats on every page (<thead>), one row per line, then the additions.
QString linesTableHtml(const sales::Document& document, const RenderFormat& format);

} // namespace peyvand::documents
