#pragma once

#include <QJsonObject>

namespace peyvand::bench {

// Prints one compact JSON object as a line on stdout and flushes it, so that
// a long run can be followed (and piped into jq) while it goes.
void printJsonLine(const QJsonObject& object);
// Progress for humans on stderr.
void progress(const QString& message);

} // namespace peyvand::bench
