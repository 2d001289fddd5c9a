#include "Cli.h"

#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Help.h"
#include "storage/AuditLog.h"
#include "storage/DefaultPaths.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::cli {

namespace {

bool isGlobalValueOption(const QString& token)
{
    return token == QLatin1String("--db") || token == QLatin1String("--lang");
}

bool isHelp(const QString& token) { return token == QLatin1String("--help") || token == QLatin1String("-h"); }

bool isGroupWord(const QList<CommandSpec>& commands, const QString& word)
{
    return std::any_of(commands.cbegin(), commands.cend(),
                       [&](const CommandSpec& c) { return c.words.size() > 1 && c.words.constFirst() == word; });
}

// Where the command words are in the arguments: the first one or two words
// that are not options (a group such as "customers" takes a second word).
struct Located {
    QList<qsizetype> wordIndexes;
    QStringList words;
    bool help = false;
    bool version = false;
};

Located locate(const QStringList& args, const QList<CommandSpec>& commands)
{
    Located found;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& token = args.at(i);
        if (token == QLatin1String("--"))
            break;
        if (isHelp(token)) {
            found.help = true;
            continue;
        }
        if (token == QLatin1String("--version")) {
            found.version = true;
            continue;
        }
        if (isGlobalValueOption(token)) {
            ++i;
            continue;
        }
        if (token.startsWith(QLatin1String("--")))
            continue;
        const bool wantMore = found.words.isEmpty() || (found.words.size() == 1 && isGroupWord(commands, found.words.constFirst()));
        if (!wantMore)
            continue;
        found.wordIndexes << i;
        found.words << token;
    }
    return found;
}

const CommandSpec* findCommand(const QList<CommandSpec>& commands, const QStringList& words)
{
    for (const CommandSpec& command : commands) {
        if (command.words == words.mid(0, command.words.size()) && words.size() >= command.words.size())
            return &command;
    }
    return nullptr;
}

// "help", "help customers", "help customers add".
int printHelpFor(QStringList words, const QList<CommandSpec>& commands, QTextStream& out, QTextStream& err)
{
    if (words.isEmpty()) {
        out << globalHelp(commands, globalOptions());
        return Success;
    }
    if (const CommandSpec* command = findCommand(commands, words)) {
        out << commandHelp(*command, globalOptions());
        return Success;
    }
    if (isGroupWord(commands, words.constFirst())) {
        out << groupHelp(words.constFirst(), commands);
        return Success;
    }
    err << QStringLiteral("error: ")
        << QCoreApplication::translate("Cli", "unknown command “%1” — see “peyvand-cli --help”").arg(words.join(u' '))
        << u'\n';
    return BadInput;
}

int usageError(QTextStream& err, const QString& message, const QString& helpFor = {})
{
    return reportUsageError(err, message, helpFor);
}

bool validLanguageCode(const QString& code)
{
    return code == QLatin1String("fa") || code == QLatin1String("en") || code.startsWith(QLatin1String("fa_"))
        || code.startsWith(QLatin1String("en_"));
}

int dispatch(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QList<CommandSpec> commands = allCommands();
    const Located found = locate(args, commands);

    if (!found.words.isEmpty() && found.words.constFirst() == QLatin1String("help")) {
        QStringList words;
        for (const QString& token : args.mid(found.wordIndexes.constFirst() + 1)) {
            if (!token.startsWith(u'-'))
                words << token;
        }
        return printHelpFor(words, commands, out, err);
    }
    if (found.words.isEmpty()) {
        if (found.help)
            return printHelpFor({}, commands, out, err);
        if (found.version) {
            out << versionText();
            return Success;
        }
        return usageError(err, QCoreApplication::translate("Cli", "no command given"));
    }

    const CommandSpec* command = findCommand(commands, found.words);
    if (!command) {
        const QString& first = found.words.constFirst();
        if (isGroupWord(commands, first)) {
            if (found.words.size() == 1) {
                if (found.help)
                    return printHelpFor({ first }, commands, out, err);
                return usageError(err, QCoreApplication::translate("Cli", "“%1” needs a subcommand").arg(first), first);
            }
            return usageError(err, QCoreApplication::translate("Cli", "unknown command “%1”").arg(found.words.join(u' ')),
                              first);
        }
        return usageError(err, QCoreApplication::translate("Cli", "unknown command “%1”").arg(first));
    }
    if (found.help)
        return printHelpFor(command->words, commands, out, err);

    // Only the words that name the command are removed; a single-word
    // command's later words are its positionals.
    QStringList rest = args;
    for (qsizetype n = command->words.size() - 1; n >= 0; --n)
        rest.removeAt(found.wordIndexes.at(n));

    const QString helpFor = command->words.join(u' ');
    Result<ParsedArgs> parsed = parseArguments(rest, command->options + globalOptions());
    if (!parsed)
        return usageError(err, parsed.error().message, helpFor);
    const int count = int(parsed->positionals.size());
    if (count < command->minPositionals) {
        return usageError(err, QCoreApplication::translate("Cli", "missing %1").arg(QString::fromUtf8(command->arguments)),
                          helpFor);
    }
    if (command->maxPositionals >= 0 && count > command->maxPositionals) {
        return usageError(err, QCoreApplication::translate("Cli", "unexpected argument “%1”")
                                   .arg(parsed->positionals.at(command->maxPositionals)),
                          helpFor);
    }

    CommandContext::Settings settings;
    if (parsed->has(QStringLiteral("lang"))) {
        const QString code = parsed->value(QStringLiteral("lang")).trimmed();
        if (!validLanguageCode(code)) {
            return usageError(err, QCoreApplication::translate("Cli", "unknown language “%1”; use fa or en").arg(code),
                              helpFor);
        }
        settings.language = i18n::languageFromCode(code);
    }
    settings.json = parsed->has(QStringLiteral("json"));
    if (parsed->has(QStringLiteral("db"))) {
        settings.databasePath = parsed->value(QStringLiteral("db"));
        if (settings.databasePath.trimmed().isEmpty())
            return usageError(err, QCoreApplication::translate("Cli", "--db needs a file name"), helpFor);
    } else {
        settings.databasePath = storage::defaultDatabasePath();
        settings.defaultDatabase = true;
    }

    CommandContext context(out, err, settings);
    return command->run(context, *parsed);
}

} // namespace

QList<OptionSpec> globalOptions()
{
    return {
        OptionSpec { QStringLiteral("db"), QStringLiteral("PATH"),
                     QT_TRANSLATE_NOOP("Cli", "the database file (default: the desktop app's database)"), false },
        OptionSpec { QStringLiteral("lang"), QStringLiteral("fa|en"),
                     QT_TRANSLATE_NOOP("Cli", "language of human output (default fa: Persian digits, Jalali dates)"), false },
        OptionSpec { QStringLiteral("json"), {}, QT_TRANSLATE_NOOP("Cli", "print the result as JSON (UTF-8, ASCII digits)"), false },
        OptionSpec { QStringLiteral("help"), {}, QT_TRANSLATE_NOOP("Cli", "describe the command"), false },
    };
}

QList<CommandSpec> allCommands()
{
    return databaseCommands() + customerEditCommands() + customerViewCommands() + customerActivityCommands()
        + customerExchangeCommands()
        + productCommands() + documentCommands() + documentListCommands() + leadCommands() + leadActivityCommands()
        + scoringCommands() + dealCommands() + taskCommands() + paymentCommands() + chequeCommands() + backupCommands()
        + backupScheduleCommands() + lockCommands() + historyCommands() + reportCommands()
        + reportTargetCommands();
}

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    storage::audit_origin::setProcessOrigin(storage::audit_origin::kCli); // the history says where a change came from
    const int code = dispatch(args, out, err);
    out.flush();
    err.flush();
    return code;
}

i18n::Language requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& token = args.at(i);
        if (token == QLatin1String("--"))
            break;
        if (token == QLatin1String("--lang") && i + 1 < args.size())
            return i18n::languageFromCode(args.at(i + 1));
        if (token.startsWith(QLatin1String("--lang=")))
            return i18n::languageFromCode(token.mid(7));
    }
    return i18n::Language::Persian;
}

} // namespace peyvand::cli
