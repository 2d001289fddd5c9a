#pragma once

#include "BackupEnvelope.h"
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

// Encrypted when a passphrase or a recipient is set (a passphrase wins: a key
// pair is derived from it on the spot with a fresh salt and `kdf`).
struct WriteOptions {
    std::optional<QString> passphrase; // must not be empty
    KdfParams kdf = KdfParams::moderate();
    std::optional<EnvelopeKey> recipient; // a stored public key: no passphrase needed
    // The random key the data is encrypted under; empty: the writer makes one.
    // A caller that sets it can read the backup back (BackupReader::
    // extractWithStreamKey) without the passphrase.
    QByteArray streamKey;
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
