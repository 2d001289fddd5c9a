#include "DefaultPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace peyvand::storage {

QString applicationName() { return QStringLiteral("peyvand"); }

QString organizationName() { return QStringLiteral("Peyvand"); }

QString defaultDatabasePath()
{
    const QString previousApp = QCoreApplication::applicationName();
    const QString previousOrg = QCoreApplication::organizationName();
    const bool swap = previousApp != applicationName() || previousOrg != organizationName();
    if (swap) {
        QCoreApplication::setApplicationName(applicationName());
        QCoreApplication::setOrganizationName(organizationName());
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (swap) {
        QCoreApplication::setApplicationName(previousApp);
        QCoreApplication::setOrganizationName(previousOrg);
    }
    return QDir(dir).filePath(QStringLiteral("peyvand.sqlite"));
}

} // namespace peyvand::storage
