#pragma once

#include "storage/StorageLocation.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace peyvand::ui {

// Before the database is opened: a file on a network share or a removable
// drive gets a warning with the reason (SQLite's locking and syncing are not
// reliable there) and the choice "Open anyway" or "Quit". "Open anyway" is
// remembered for that path (Settings), so it is asked once.
class StorageWarning final {
    Q_DECLARE_TR_FUNCTIONS(StorageWarning)
public:
    using Assessor = std::function<storage::StorageRisk(const QString& path)>;

    // True: open the database. False: the user chose to quit.
    static bool confirm(QWidget* parent, const QString& databasePath);
    // The question shown for a risk (empty when there is nothing to warn about).
    static QString warningText(const QString& databasePath, const storage::StorageRisk& risk);

    // --- for tests -------------------------------------------------------
    // Replaces storage::assessStorage; an empty function restores it.
    static void setAssessor(Assessor assessor);

private:
    StorageWarning() = delete;
};

} // namespace peyvand::ui
