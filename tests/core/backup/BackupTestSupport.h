#pragma once

#include "TestSupport.h"
#include "backup/BackupErrors.h"
#include "backup/BackupMetadata.h"
#include "backup/BackupWriter.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace peyvand::test {

backup::BackupMetadata sampleMetadata();
// A backup of payload made in memory; encrypted when passphrase is set (with
// the cheapest Argon2id limits, so that thousands of reads stay fast).
QByteArray makeBackup(const QByteArray& payload, const std::optional<QString>& passphrase = std::nullopt);
// Reads a backup made in memory back to its payload.
Result<QByteArray> readBackup(const QByteArray& backupBytes, const QString& passphrase = {});
// The defect of a failed read, or nothing when it succeeded or failed otherwise.
std::optional<backup::BackupDefect> defectOf(const Result<QByteArray>& result);
QByteArray pseudoRandomBytes(qsizetype n, quint32 seed);
QByteArray compressibleText(qsizetype n);
// Writes a file, creating its folder.
void writeBytes(const QString& path, const QByteArray& bytes);

} // namespace peyvand::test
