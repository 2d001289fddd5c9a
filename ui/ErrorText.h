#pragma once

#include "common/Error.h"

#include <QString>

namespace peyvand::ui {

// Turns core errors into words for the user: the one place where the UI
// decides how an Error reads (architecture.md rule 7).
class ErrorText final {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // One line for a status bar or an inline label.
    static QString describe(const Error& error);
    // The message with the language's digits, except inside «…» and “…”,
    // which quote names, paths and values as they are.
    static QString localDigits(const QString& message);
    // Why a database file could not be opened and what the user can do.
    static QString databaseOpenFailed(const Error& error, const QString& path);

private:
    ErrorText() = delete;
};

} // namespace peyvand::ui
