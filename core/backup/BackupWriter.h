#pragma once

#include "BackupFormat.h"
#include "BackupMetadata.h"
#include "common/Result.h"

#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace peyvand::backup {

// Called now and then with bytes of the database processed so far and the
// total; returning false cancels (ErrorCode::Cancelled).
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

struct WriteOptions {
    std::optional<QString> passphrase; // set: encrypt (must not be empty)
    KdfParams kdf = KdfParams::moderate();
};

// Streams a database file into the backup format: zlib-compressed in frames,
// checked or encrypted (docs/backup-format.md). Memory use is a few frames,
// whatever the size of the database.
class BackupWriter final {
public:
    // Reads sourceSize bytes from source; metadata.originalSize is set to it.
    static Status write(QIODevice& source, qint64 sourceSize, BackupMetadata metadata, QIODevice& out,
                        const WriteOptions& options, const BackupProgress& progress = {});
};

} // namespace peyvand::backup
