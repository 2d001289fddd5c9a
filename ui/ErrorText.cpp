#include "ErrorText.h"

#include "Display.h"

#include <QDir>

namespace peyvand::ui {

// Core writes ASCII digits; they become the language's digits, except inside
// quotes, which hold names, paths and values exactly as they are.
QString ErrorText::localDigits(const QString& message)
{
    QString out;
    out.reserve(message.size());
    qsizetype plainFrom = 0;
    QChar closing;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const QChar c = message.at(i);
        if (closing.isNull() && (c == u'«' || c == u'“')) {
            out += Display::digits(QStringView(message).mid(plainFrom, i - plainFrom));
            plainFrom = i;
            closing = c == u'«' ? QChar(u'»') : QChar(u'”');
        } else if (!closing.isNull() && c == closing) {
            out += QStringView(message).mid(plainFrom, i + 1 - plainFrom);
            plainFrom = i + 1;
            closing = QChar();
        }
    }
    const QStringView rest = QStringView(message).mid(plainFrom);
    out += closing.isNull() ? Display::digits(rest) : rest.toString();
    return out;
}

QString ErrorText::describe(const Error& error)
{
    if (!error.message.isEmpty())
        return localDigits(error.message);
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return tr("A value is not acceptable.");
    case ErrorCode::NotFound:
        return tr("The record no longer exists.");
    case ErrorCode::Conflict:
        return tr("The change conflicts with data already saved.");
    case ErrorCode::Overflow:
        return tr("The number is too large.");
    case ErrorCode::Database:
    case ErrorCode::NotADatabase:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::Corrupt:
        return tr("The database reported an error.");
    case ErrorCode::Io:
        return tr("The file could not be read or written.");
    case ErrorCode::ReadOnly:
        return tr("The database is open read-only; nothing can be changed.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Internal:
        break;
    }
    return tr("Something went wrong inside Peyvand.");
}

QString ErrorText::databaseOpenFailed(const Error& error, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    QString why;
    switch (error.code) {
    case ErrorCode::NotADatabase:
        why = tr("“%1” is not a Peyvand database. It may be another program's file. "
                 "Peyvand did not change it.").arg(file);
        break;
    case ErrorCode::SchemaTooNew:
        why = tr("“%1” was saved by a newer version of Peyvand. Install the newer version to open it. "
                 "Peyvand did not change it.").arg(file);
        break;
    case ErrorCode::Corrupt:
        why = tr("“%1” is damaged and cannot be opened safely. Restore it from a backup. "
                 "Peyvand did not change it.").arg(file);
        break;
    case ErrorCode::Io:
        why = tr("“%1” cannot be opened for writing. Check that the folder exists and that you may write to it.")
                  .arg(file);
        break;
    default:
        why = tr("“%1” could not be opened.").arg(file);
        // Only here does core's own message add something the user needs.
        if (!error.message.isEmpty())
            why += QLatin1Char('\n') + error.message;
        break;
    }
    return why;
}

} // namespace peyvand::ui
