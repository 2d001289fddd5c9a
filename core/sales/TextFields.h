#pragma once

#include <QString>

namespace peyvand::sales {

// Storage form of a text that may span several lines: each line normalised on
// its own (domain.md §1), blank lines at either end dropped.
QString normalizeMultiline(const QString& text);

} // namespace peyvand::sales
