#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

namespace peyvand::backup {

// Why a backup file cannot be read. Each has its own translated message; the
// stable key ("backup:truncated", …) travels in Error::detail so callers and
// tests can tell them apart without parsing the message.
enum class BackupDefect {
    NotABackup,         // wrong magic: not a Peyvand backup at all
    NewerFormat,        // a format version this build does not know
    HeaderDamaged,      // the header or its metadata fail their checksum
    PassphraseRequired, // encrypted, and no passphrase was given
    WrongPassphrase,    // the header is intact but the passphrase does not fit
    Truncated,          // the file ends before its end marker
    Damaged,            // a chunk fails its check, does not decompress, or bytes follow the end
};

// codes: NotABackup -> NotADatabase, NewerFormat -> SchemaTooNew,
// PassphraseRequired/WrongPassphrase -> InvalidInput (field "passphrase"),
// the rest -> Corrupt.
Error backupError(BackupDefect defect, const QString& fileName);
// The defect named by an error made by backupError(), if any.
std::optional<BackupDefect> defectOf(const Error& error);
QString defectKey(BackupDefect defect);

} // namespace peyvand::backup
