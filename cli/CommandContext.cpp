#include "CommandContext.h"

#include "Values.h"

#include "CustomerOptions.h"
#include "ExitCode.h"
#include "backup/SafetyBackup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace peyvand::cli {

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

} // namespace

CommandContext::CommandContext(QTextStream& out, QTextStream& err, Settings settings)
    : m_out(out)
    , m_err(err)
    , m_settings(std::move(settings))
    , m_format(m_settings.language)
{
}

Result<std::unique_ptr<storage::Database>> CommandContext::openDatabase(OpenMode mode)
{
    const QString& path = m_settings.databasePath;
    if (path == QLatin1String(":memory:"))
        return storage::Database::openInMemory();

    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Cli", "“%1” is a folder, not a database file").arg(path));
    }
    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing) {
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Cli", "there is no database at “%1”; create it with “peyvand-cli init”")
                                   .arg(path));
        }
        const QString folder = info.absolutePath();
        if (m_settings.defaultDatabase && !QDir().mkpath(folder)) {
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Cli", "cannot create the folder “%1”").arg(folder));
        }
        const QFileInfo folderInfo(folder);
        if (!folderInfo.exists()) {
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Cli", "the folder “%1” does not exist").arg(folder));
        }
        if (!folderInfo.isDir()) {
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Cli", "“%1” is not a folder").arg(folder));
        }
        if (!folderInfo.isWritable()) {
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Cli", "cannot write to the folder “%1”").arg(folder));
        }
    }
    storage::Database::Options options;
    options.createIfMissing = mode == OpenMode::CreateIfMissing;
    options.migrationBackup = backup::SafetyBackup::migrationHook();
    options.readOnly = mode == OpenMode::ReadOnly;
    return storage::Database::open(path, options);
}

Result<CommandContext::Target> CommandContext::openTarget(const QStringList& positionals)
{
    Result<qint64> id = parseId(positionals.value(0));
    if (!id)
        return id.error();
    auto db = openDatabase(OpenMode::Existing);
    if (!db)
        return db.error();
    return Target { *id, std::move(*db) };
}

void CommandContext::line(const QString& text) { m_out << text << u'\n'; }

void CommandContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CommandContext::printJson(const QJsonArray& array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void CommandContext::warn(const QString& message)
{
    m_err << QStringLiteral("warning: ") << oneLine(message) << u'\n';
}

int CommandContext::fail(const Error& error)
{
    QString text = QStringLiteral("error: ");
    if (!error.field.isEmpty())
        text += optionNameForField(error.field) + QStringLiteral(": ");
    text += error.message.isEmpty() ? error.codeName() : error.message;
    if (!error.detail.isEmpty())
        text += QStringLiteral(" (") + error.detail + u')';
    m_err << oneLine(text) << u'\n';
    return exitCodeFor(error);
}

int CommandContext::usage(const QString& message, const QString& helpFor)
{
    return reportUsageError(m_err, message, helpFor);
}

int reportUsageError(QTextStream& err, const QString& message, const QString& helpFor)
{
    const QString command = helpFor.isEmpty() ? QStringLiteral("peyvand-cli --help")
                                              : QStringLiteral("peyvand-cli ") + helpFor + QStringLiteral(" --help");
    err << QStringLiteral("error: ") << oneLine(message) << QStringLiteral(" — ")
        << QCoreApplication::translate("Cli", "see “%1”").arg(command) << u'\n';
    return BadInput;
}

} // namespace peyvand::cli
