#pragma once

#include "Translations.h"

#include <QStringList>
#include <QTextStream>

namespace peyvand::cli {

// Runs one peyvand-cli command. args are the arguments after the program
// name. Results go to out, warnings and errors to err. Returns the exit
// status (see ExitCode.h). Never calls exit(); usable in-process by tests.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

// The language asked for with --lang (Persian when absent or unknown), so that
// main() can install translators before calling run().
i18n::Language requestedLanguage(const QStringList& args);

} // namespace peyvand::cli
