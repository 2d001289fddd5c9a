#include "Help.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::cli {

namespace {

// Texts kept in specs as QT_TRANSLATE_NOOP("Cli", …).
QString translated(const char* source) { return QCoreApplication::translate("Cli", source); }

QString synopsis(const CommandSpec& command)
{
    QString text = QStringLiteral("peyvand-cli ") + command.words.join(u' ');
    if (command.arguments && *command.arguments)
        text += u' ' + QString::fromUtf8(command.arguments);
    return text;
}

QString optionLines(const QList<OptionSpec>& options)
{
    QString text;
    for (const OptionSpec& option : options) {
        QString left = QStringLiteral("  --") + option.name;
        if (option.takesValue())
            left += u' ' + option.valueName;
        if (option.repeatable)
            left += QStringLiteral(" …");
        if (left.size() < 30)
            left = left.leftJustified(30);
        else
            left += QStringLiteral("\n") + QString(30, u' ');
        text += left + (option.help ? translated(option.help) : QString()) + u'\n';
    }
    return text;
}

QString commandLines(const QList<CommandSpec>& commands, const QString& group)
{
    QString text;
    for (const CommandSpec& command : commands) {
        if (!group.isEmpty() && command.words.constFirst() != group)
            continue;
        QString left = QStringLiteral("  ") + command.words.join(u' ');
        left = left.size() < 22 ? left.leftJustified(22) : left + u' ';
        text += left + translated(command.summary) + u'\n';
    }
    return text;
}

} // namespace

QString globalHelp(const QList<CommandSpec>& commands, const QList<OptionSpec>& global)
{
    return QCoreApplication::translate("Cli", "Usage: peyvand-cli [--db PATH] [--lang fa|en] [--json] COMMAND …") + u'\n' + u'\n'
        + QCoreApplication::translate("Cli", "Peyvand's command line: the same customers, leads, deals and documents as the desktop app, for scripts.") + u'\n' + u'\n'
        + QCoreApplication::translate("Cli", "Commands:") + u'\n' + commandLines(commands, {}) + u'\n'
        + QCoreApplication::translate("Cli", "Options of every command:") + u'\n' + optionLines(global) + u'\n'
        + QCoreApplication::translate("Cli", "Dates may be Jalali (1403/01/01) or ISO (2024-03-20), in any digits.") + u'\n'
        + QCoreApplication::translate("Cli", "Exit status: 0 success, 1 failure while working (files, database), 2 bad input or usage.") + u'\n'
        + QCoreApplication::translate("Cli", "“peyvand-cli COMMAND --help” describes one command.") + u'\n';
}

QString groupHelp(const QString& group, const QList<CommandSpec>& commands)
{
    return QCoreApplication::translate("Cli", "Usage: peyvand-cli %1 SUBCOMMAND …").arg(group) + u'\n' + u'\n' + QCoreApplication::translate("Cli", "Subcommands:") + u'\n'
        + commandLines(commands, group) + u'\n' + QCoreApplication::translate("Cli", "“peyvand-cli %1 SUBCOMMAND --help” describes one.").arg(group)
        + u'\n';
}

QString commandHelp(const CommandSpec& command, const QList<OptionSpec>& global)
{
    QString text = QCoreApplication::translate("Cli", "Usage: %1 [OPTIONS]").arg(synopsis(command)) + u'\n' + u'\n' + translated(command.summary) + u'\n';
    if (command.details && *command.details)
        text += u'\n' + translated(command.details) + u'\n';
    if (!command.options.isEmpty())
        text += u'\n' + QCoreApplication::translate("Cli", "Options:") + u'\n' + optionLines(command.options);
    // A command may give a global option a meaning of its own (quotes create --json FILE).
    QList<OptionSpec> remaining;
    for (const OptionSpec& option : global) {
        const bool own = std::any_of(command.options.cbegin(), command.options.cend(),
                                     [&](const OptionSpec& o) { return o.name == option.name; });
        if (!own)
            remaining << option;
    }
    text += u'\n' + QCoreApplication::translate("Cli", "Options of every command:") + u'\n' + optionLines(remaining);
    return text;
}

QString versionText()
{
    return QStringLiteral("peyvand-cli ") + QStringLiteral(PEYVAND_VERSION) + u'\n';
}

} // namespace peyvand::cli
