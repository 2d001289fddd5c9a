#pragma once

#include <QCoreApplication>
#include <QString>

namespace peyvand {

// Error convention of core (see docs/architecture.md rule 7):
// every fallible core function returns Result<T>; an Error carries a stable
// machine code (for scripts, tests and the CLI's exit status), the name of the
// offending field when there is one (a stable identifier such as "mobile"),
// and a message already translated for the current locale. Core never shows
// errors; ui/ and cli/ decide how to present them.
enum class ErrorCode {
    InvalidInput,   // a value the user gave is not acceptable (field says which)
    NotFound,       // the record asked for does not exist
    Conflict,       // the change contradicts stored data (e.g. a duplicate)
    Overflow,       // arithmetic would leave the int64 range
    Database,       // SQLite reported an error
    NotADatabase,   // the file is not an SQLite database or not a Peyvand one
    SchemaTooNew,   // the file was written by a newer Peyvand
    Corrupt,        // integrity checks failed
    Io,             // the file system refused (permissions, disk full, ...)
    ReadOnly,       // the database was opened read-only (or the file is write-protected)
    Cancelled,      // the user cancelled a long operation
    Internal,       // a bug: should never reach a user
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;   // translated, one line, suitable to show to a user
    QString field;     // stable field identifier, empty when not about a field
    QString detail;    // untranslated technical detail (driver text, path), may be empty

    static Error invalid(QString field, QString message)
    {
        return Error { ErrorCode::InvalidInput, std::move(message), std::move(field), {} };
    }
    static Error make(ErrorCode code, QString message, QString detail = {})
    {
        return Error { code, std::move(message), {}, std::move(detail) };
    }

    // Stable lower-case identifier of the code, used in JSON output.
    QString codeName() const;
};

} // namespace peyvand
