#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand::cli {

// One "--name" option of a command. Options without a value name are flags.
struct OptionSpec {
    QString name;       // without the leading "--"
    QString valueName;  // "DATE", "N", …; empty for a flag
    const char* help = nullptr; // English source text, translated in context "Cli"
    bool repeatable = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

// What the user gave after the command words.
class ParsedArgs {
public:
    QStringList positionals;

    bool has(const QString& option) const { return m_values.contains(option); }
    // The value of an option (the empty string for a flag or when absent).
    QString value(const QString& option) const;
    // Every value of a repeatable option, in the order given.
    QStringList values(const QString& option) const { return m_values.value(option); }
    void add(const QString& option, const QString& value);
    void addFlag(const QString& option);

private:
    QHash<QString, QStringList> m_values;
};

// Parses "--name value", "--name=value", flags and positionals. "--" ends the
// options (everything after it is positional). A lone "-" and words starting
// with a single '-' are positionals, so a search for "-foo" needs no quoting
// tricks (Peyvand has no short options besides -h). Unknown options, missing
// values, values given to flags and a non-repeatable option given twice are
// InvalidInput errors whose field is the option as typed.
Result<ParsedArgs> parseArguments(const QStringList& tokens, const QList<OptionSpec>& options);

} // namespace peyvand::cli
