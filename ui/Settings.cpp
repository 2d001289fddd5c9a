#include "Settings.h"

#include "storage/DefaultPaths.h"

#include <QSettings>

namespace peyvand::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kAcceptedStorageKey = QStringLiteral("storage/acceptedPaths");
const QString kBackupFoldersKey = QStringLiteral("backups/folders");

QSettings openSettings()
{
    return QSettings(storage::organizationName(), storage::applicationName());
}
} // namespace

std::optional<i18n::Language> Settings::language() const
{
    const QString code = openSettings().value(kLanguageKey).toString();
    if (code.isEmpty())
        return std::nullopt;
    return i18n::languageFromCode(code);
}

void Settings::setLanguage(i18n::Language language)
{
    QSettings settings = openSettings();
    settings.setValue(kLanguageKey, i18n::languageCode(language));
}

bool Settings::storageWarningAccepted(const QString& databasePath) const
{
    return openSettings().value(kAcceptedStorageKey).toStringList().contains(databasePath);
}

void Settings::acceptStorageWarning(const QString& databasePath)
{
    QSettings settings = openSettings();
    QStringList paths = settings.value(kAcceptedStorageKey).toStringList();
    if (!paths.contains(databasePath))
        paths << databasePath;
    settings.setValue(kAcceptedStorageKey, paths);
}

QString Settings::backupFolderFor(const QString& databasePath) const
{
    return openSettings().value(kBackupFoldersKey).toMap().value(databasePath).toString();
}

void Settings::setBackupFolderFor(const QString& databasePath, const QString& folder)
{
    QSettings settings = openSettings();
    QVariantMap folders = settings.value(kBackupFoldersKey).toMap();
    if (folders.value(databasePath).toString() == folder)
        return;
    folders.insert(databasePath, folder);
    settings.setValue(kBackupFoldersKey, folders);
}

} // namespace peyvand::ui
