#pragma once

#include "Translations.h"

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
};

} // namespace peyvand::ui
