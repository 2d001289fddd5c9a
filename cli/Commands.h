#pragma once

#include "CommandSpec.h"

#include <QList>

namespace peyvand::cli {

// The command groups; each lives in its own .cpp file.
QList<CommandSpec> databaseCommands();         // init, check, demo
QList<CommandSpec> customerEditCommands();     // customers add/update/archive/restore/delete
QList<CommandSpec> customerViewCommands();     // customers show/search/list
QList<CommandSpec> customerActivityCommands(); // customers note/interact

// Every command, in the order --help lists them.
QList<CommandSpec> allCommands();
// Options every command accepts.
QList<OptionSpec> globalOptions();

} // namespace peyvand::cli
