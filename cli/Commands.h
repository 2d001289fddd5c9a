#pragma once

#include "CommandSpec.h"

#include <QList>

namespace peyvand::cli {

// The command groups; each lives in its own .cpp file.
QList<CommandSpec> databaseCommands();         // init, check, demo
QList<CommandSpec> customerEditCommands();     // customers add/update/archive/restore/delete
QList<CommandSpec> customerViewCommands();     // customers show/search/list
QList<CommandSpec> customerActivityCommands(); // customers note/interact
QList<CommandSpec> customerExchangeCommands(); // customers import/export
QList<CommandSpec> productCommands();          // products add/list/import
QList<CommandSpec> documentCommands();         // quotes create/show/issue/…
QList<CommandSpec> documentListCommands();     // quotes list/render, invoices list
QList<CommandSpec> leadCommands();             // leads add/update/show/list
QList<CommandSpec> leadActivityCommands();     // leads note/log/override/convert
QList<CommandSpec> scoringCommands();          // leads rescore, scoring export/import
QList<CommandSpec> dealCommands();             // deals add/move/list/stages
QList<CommandSpec> taskCommands();             // tasks add/list/done/export
QList<CommandSpec> paymentCommands();          // payments add/void, invoices show/settle, plans create/show/remove
QList<CommandSpec> chequeCommands();           // cheques list/show/set-status, reminders, receivables
QList<CommandSpec> backupCommands();           // backup, restore, backups list
QList<CommandSpec> lockCommands();             // lock status
QList<CommandSpec> historyCommands();          // history customer|lead|quote|payment ID
QList<CommandSpec> backupScheduleCommands();   // backups schedule, backups encryption
QList<CommandSpec> reportCommands();           // report sales/trend/…/render
QList<CommandSpec> reportTargetCommands();     // targets list/set/remove, dashboard

// Every command, in the order --help lists them.
QList<CommandSpec> allCommands();
// Options every command accepts.
QList<OptionSpec> globalOptions();

} // namespace peyvand::cli
