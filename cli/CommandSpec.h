#pragma once

#include "ArgParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace peyvand::cli {

class CommandContext;

// One command of peyvand-cli, e.g. {"customers", "add"}. Texts are English
// source strings (QT_TRANSLATE_NOOP("Cli", …)), translated when printed.
struct CommandSpec {
    QStringList words;           // {"init"} or {"customers", "add"}
    const char* arguments = "";  // synopsis of the positionals: "ID TEXT"
    const char* summary = "";    // one line for the command list
    const char* details = "";    // extra paragraph for --help, may be empty
    int minPositionals = 0;
    int maxPositionals = 0;      // -1: no limit
    QList<OptionSpec> options;   // besides the global ones (--db, --lang, --json, --help)
    std::function<int(CommandContext&, const ParsedArgs&)> run;
};

} // namespace peyvand::cli
