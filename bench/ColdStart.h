#pragma once

#include <QString>

#include <optional>

namespace peyvand::bench {

struct StartupRun {
    bool ok = false;
    qint64 wallMs = 0;                  // spawn until "startup_ms=" arrived
    std::optional<qint64> reportedMs;   // what peyvand measured from main()
    QString error;
};

// The peyvand binary: explicitPath if given, else next to peyvand-bench, else
// ../app/peyvand (the build tree). Empty when there is none.
QString findGui(const QString& explicitPath);

// Runs "peyvand --db PATH --measure-startup" under the current environment
// (QT_QPA_PLATFORM included) and waits for it to print startup_ms=<n> and exit.
StartupRun measureStartup(const QString& gui, const QString& databasePath, int timeoutMs = 60'000);

} // namespace peyvand::bench
