#include "StorageWarning.h"

#include "Dialogs.h"
#include "Display.h"
#include "Settings.h"

#include <QDir>

namespace peyvand::ui {

namespace {
StorageWarning::Assessor& assessor()
{
    static StorageWarning::Assessor custom;
    return custom;
}
} // namespace

void StorageWarning::setAssessor(Assessor custom)
{
    assessor() = std::move(custom);
}

QString StorageWarning::warningText(const QString& databasePath, const storage::StorageRisk& risk)
{
    const QString file = Display::isolate(QDir::toNativeSeparators(databasePath));
    switch (risk.kind) {
    case storage::StorageRisk::Kind::Network:
        return tr("The database “%1” is on a network share. %2\n\nSQLite cannot lock or flush files reliably "
                  "over a network: two computers, or a dropped connection, can damage it. Keep the database on "
                  "this computer's own disk and put the backups on the share instead.")
            .arg(file, risk.reason);
    case storage::StorageRisk::Kind::Removable:
        return tr("The database “%1” is on a removable drive. %2\n\nIf the drive is pulled out or loses power "
                  "while Peyvand writes, the database can be damaged. Keep the database on this computer's own "
                  "disk and copy backups to the drive instead.")
            .arg(file, risk.reason);
    case storage::StorageRisk::Kind::Local:
    case storage::StorageRisk::Kind::Unknown:
        break;
    }
    return {};
}

bool StorageWarning::confirm(QWidget* parent, const QString& databasePath)
{
    Settings settings;
    if (settings.storageWarningAccepted(databasePath))
        return true;
    const storage::StorageRisk risk = assessor() ? assessor()(databasePath) : storage::assessStorage(databasePath);
    const QString text = warningText(databasePath, risk);
    if (text.isEmpty())
        return true;
    if (Dialogs::ask(parent, tr("The database is on a risky drive"), text, tr("Open anyway"), Dialogs::Answer::No,
                     tr("Quit"))
        != Dialogs::Answer::Yes)
        return false;
    settings.acceptStorageWarning(databasePath);
    return true;
}

} // namespace peyvand::ui
