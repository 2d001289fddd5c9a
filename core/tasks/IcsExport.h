#pragma once

#include "Task.h"

#include <QByteArray>
#include <QList>

namespace peyvand::tasks {

// iCalendar (RFC 5545) for phone calendars: one VEVENT per task, starting at
// its due time, 30 minutes long, with a display alarm 15 minutes before
// (the caller decides which tasks to pass).
// CRLF line ends, lines folded at 75 octets without splitting UTF-8
// sequences, TEXT values escaped; UID is stable per task ("task-<id>@peyvand").
QByteArray toIcs(const QList<Task>& tasks, const QDateTime& stampUtc);

} // namespace peyvand::tasks
