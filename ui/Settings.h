#pragma once

#include "Translations.h"

#include <QString>

#include <optional>

namespace peyvand::ui {

// The user's preferences, kept with QSettings (organisation "Peyvand",
// application "peyvand"). Only presentation choices live here; business data
// lives in the database.
class Settings final {
public:
    Settings() = default;

    // The chosen interface language, empty when the user never chose one.
    std::optional<i18n::Language> language() const;
    void setLanguage(i18n::Language language);

    // Databases on a network share or removable drive the user chose to open
    // anyway: not warned about again.
    bool storageWarningAccepted(const QString& databasePath) const;
    void acceptStorageWarning(const QString& databasePath);

    // The backup folder last seen for a database, so that a database too
    // damaged to read its own settings can still name its backups.
    QString backupFolderFor(const QString& databasePath) const;
    void setBackupFolderFor(const QString& databasePath, const QString& folder);
};

} // namespace peyvand::ui
