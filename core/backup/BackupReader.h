#pragma once

#include "BackupFormat.h"
#include "BackupMetadata.h"
#include "BackupWriter.h"
#include "common/Result.h"

#include <QString>

#include <memory>

class QIODevice;

namespace peyvand::backup {

// Reads a backup: its header and metadata at once (no passphrase needed),
// the database inside on request. Every defect is a backupError() (see
// BackupErrors.h) naming the file.
class BackupReader final {
public:
    static Result<BackupReader> open(const QString& path);
    // Reads from any device positioned at the start of a backup (tests, fuzzing).
    static Result<BackupReader> fromDevice(std::unique_ptr<QIODevice> device, const QString& name);

    BackupReader(BackupReader&&) noexcept;
    BackupReader& operator=(BackupReader&&) noexcept;
    ~BackupReader();

    const BackupMetadata& metadata() const { return m_metadata; }
    bool isEncrypted() const { return m_header.header.encryption.has_value(); }
    const QString& name() const { return m_name; }

    // Checks the passphrase against the header (cheap compared with
    // extracting, but runs the key derivation once).
    Status checkPassphrase(const QString& passphrase) const;

    // Streams the database into out, verifying every frame; out receives
    // bytes before a late defect is found, so write to a temporary place.
    // Call once. The passphrase is ignored for a plain backup.
    Status extractTo(QIODevice& out, const QString& passphrase, const BackupProgress& progress = {});

    // Version 2, encrypted: extracts with the stream key the writer was given
    // (WriteOptions::streamKey), so a backup encrypted to a stored public key
    // can be verified without the passphrase. A wrong key is "damaged".
    Status extractWithStreamKey(QIODevice& out, const QByteArray& streamKey, const BackupProgress& progress = {});

    // Extracts to a temporary file beside path, fsyncs it, runs
    // integrity_check on it and only then renames it to path, which must
    // not exist yet. Nothing is left behind on failure.
    Status extractToFile(const QString& path, const QString& passphrase, const BackupProgress& progress = {});

private:
    BackupReader() = default;
    // The stream key the passphrase unlocks (empty for a plain backup).
    Result<QByteArray> streamKeyFor(const QString& passphrase) const;
    Status extract(QIODevice& out, const QByteArray& streamKey, const BackupProgress& progress);
    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    ParsedHeader m_header;
    BackupMetadata m_metadata;
    bool m_used = false;
};

} // namespace peyvand::backup
