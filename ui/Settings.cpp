#include "Settings.h"

#include "storage/DefaultPaths.h"

#include <QSettings>

namespace peyvand::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");

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

} // namespace peyvand::ui
