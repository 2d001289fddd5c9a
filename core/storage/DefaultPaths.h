#pragma once

#include <QString>

namespace peyvand::storage {

// The application identity both binaries (peyvand and peyvand-cli) give
// QCoreApplication before anything asks QStandardPaths: AppDataLocation is
// derived from it.
QString applicationName();  // "peyvand"
QString organizationName(); // "Peyvand"

// QStandardPaths::AppDataLocation/peyvand.sqlite for the identity above,
// whatever the running process calls itself (tests, tools). Creates nothing.
// Call from the main thread: it briefly sets the application identity when the
// running one differs.
QString defaultDatabasePath();

} // namespace peyvand::storage
