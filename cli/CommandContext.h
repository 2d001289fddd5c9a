#pragma once

#include "HumanFormat.h"
#include "Translations.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace peyvand::storage {
class Database;
}

namespace peyvand::cli {

// What every command gets: the output streams, the global options and the
// conventions for printing results, warnings and errors.
//   stdout: the result (human text per --lang, or JSON with --json)
//   stderr: "warning: …" lines and one "error: …" line on failure
class CommandContext {
public:
    struct Settings {
        i18n::Language language = i18n::Language::Persian;
        bool json = false;
        QString databasePath;          // never empty: --db or the default path
        bool defaultDatabase = false;  // databasePath came from defaultDatabasePath()
    };

    CommandContext(QTextStream& out, QTextStream& err, Settings settings);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool json() const { return m_settings.json; }
    i18n::Language language() const { return m_settings.language; }
    const HumanFormat& format() const { return m_format; }
    const QString& databasePath() const { return m_settings.databasePath; }

    enum class OpenMode { Existing, CreateIfMissing, ReadOnly };
    // Opens (and if needed migrates) the database. Existing: a missing file is
    // an error and nothing is created. ":memory:" opens a throw-away database.
    Result<std::unique_ptr<storage::Database>> openDatabase(OpenMode mode);

    // The record ID given as the first argument and the existing database:
    // how every command about one customer starts.
    struct Target {
        qint64 id = 0;
        std::unique_ptr<storage::Database> db;
    };
    Result<Target> openTarget(const QStringList& positionals);

    void line(const QString& text);             // one line on stdout
    void printJson(const QJsonObject& object);
    void printJson(const QJsonArray& array);
    void warn(const QString& message);          // "warning: …" on stderr
    // Prints "error: …" (naming the option when the error is about a field)
    // and returns the exit code for it.
    int fail(const Error& error);
    // A usage problem: "error: …" plus a hint to --help; returns 2.
    int usage(const QString& message, const QString& helpFor = {});

private:
    QTextStream& m_out;
    QTextStream& m_err;
    Settings m_settings;
    HumanFormat m_format;
};

// Prints "error: <message> — see “peyvand-cli <helpFor> --help”" and returns 2.
int reportUsageError(QTextStream& err, const QString& message, const QString& helpFor = {});

} // namespace peyvand::cli
