#pragma once

#include "BackupJob.h"
#include "backup/BackupMetadata.h"
#include "common/Clock.h"

#include <QString>

#include <optional>

class QWidget;

namespace peyvand::ui {

// A restore the user has agreed to: the backup, its passphrase (checked
// against the backup already) and what it holds.
struct RestoreRequest {
    QString backupFile;
    QString passphrase;
    backup::BackupMetadata metadata;
};

// Restoring from a backup, in two halves. prepare() runs while the database
// is still open: it reads the backup's header, asks for the passphrase when it
// is encrypted (again, with a clear message, when it does not fit), and asks
// the user to confirm with the backup's date and counts and where the current
// data will be kept. run() runs once the database is closed (the application
// closes its window for it): the core restore with a progress dialog and
// Cancel, in a worker thread.
class RestoreFlow final {
    Q_DECLARE_TR_FUNCTIONS(RestoreFlow)
public:
    static std::optional<RestoreRequest> prepare(QWidget* parent, const QString& backupFile, const QString& databasePath);
    // Asks for a .pvbak file first (FileChooser).
    static std::optional<RestoreRequest> prepareFromFile(QWidget* parent, const QString& databasePath);
    static BackupJobOutcome run(QWidget* parent, const RestoreRequest& request, const QString& databasePath,
                                const Clock& clock = SystemClock::instance());
    // The sentence shown after a restore (or why it failed), for a message box.
    static QString describeOutcome(const BackupJobOutcome& outcome);
    // "۱۲ customers, ۳ leads, …" of a backup.
    static QString countsText(const backup::BackupMetadata& metadata);

private:
    RestoreFlow() = delete;
};

} // namespace peyvand::ui
