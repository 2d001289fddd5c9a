#include "ArgParser.h"

#include <QCoreApplication>

namespace peyvand::cli {

QString ParsedArgs::value(const QString& option) const
{
    const QStringList list = m_values.value(option);
    return list.isEmpty() ? QString() : list.constLast();
}

void ParsedArgs::add(const QString& option, const QString& value) { m_values[option].append(value); }

void ParsedArgs::addFlag(const QString& option) { m_values.insert(option, {}); }

namespace {

const OptionSpec* findOption(const QList<OptionSpec>& options, const QString& name)
{
    for (const OptionSpec& option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

Error optionError(const QString& typed, const QString& message)
{
    return Error::invalid(typed, message);
}

} // namespace

Result<ParsedArgs> parseArguments(const QStringList& tokens, const QList<OptionSpec>& options)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        if (optionsEnded || !token.startsWith(QLatin1String("--"))) {
            parsed.positionals.append(token);
            continue;
        }
        if (token == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const qsizetype eq = token.indexOf(u'=');
        const QString name = token.mid(2, eq < 0 ? -1 : eq - 2);
        const QString typed = QStringLiteral("--") + name;
        const OptionSpec* spec = findOption(options, name);
        if (!spec) {
            return optionError(typed, QCoreApplication::translate("Cli", "unknown option “%1”").arg(typed));
        }
        if (parsed.has(name) && !spec->repeatable) {
            return optionError(typed, QCoreApplication::translate("Cli", "option “%1” is given more than once").arg(typed));
        }
        if (!spec->takesValue()) {
            if (eq >= 0) {
                return optionError(typed, QCoreApplication::translate("Cli", "option “%1” takes no value").arg(typed));
            }
            parsed.addFlag(name);
            continue;
        }
        if (eq >= 0) {
            parsed.add(name, token.mid(eq + 1));
        } else if (i + 1 < tokens.size()) {
            parsed.add(name, tokens.at(++i));
        } else {
            return optionError(typed, QCoreApplication::translate("Cli", "option “%1” needs a value (%2)")
                                          .arg(typed, spec->valueName));
        }
    }
    return parsed;
}

} // namespace peyvand::cli
