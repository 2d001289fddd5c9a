#pragma once

#include "common/Result.h"

#include <QString>
#include <QTextStream>

namespace peyvand::cli {

// The passphrase of an encrypted backup, never from the command line: the
// environment variable PEYVAND_PASSPHRASE, else a prompt on the terminal
// (on stderr, without echo) when standard input is one. With confirm, the
// prompt asks twice and both must match. Otherwise an InvalidInput error
// (exit 2) saying where the passphrase must come from.
inline constexpr const char* kPassphraseVariable = "PEYVAND_PASSPHRASE";
Result<QString> obtainPassphrase(QTextStream& err, bool confirm);

} // namespace peyvand::cli
