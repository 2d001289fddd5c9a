#include "BackupTestSupport.h"

#include "backup/BackupReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimeZone>

#include <memory>

namespace peyvand::test {

backup::BackupMetadata sampleMetadata()
{
    backup::BackupMetadata m;
    m.createdAt = QDateTime(QDate(2026, 11, 24), QTime(10, 30, 0), QTimeZone::utc());
    m.schemaVersion = 5;
    m.appVersion = QStringLiteral("0.1.0");
    m.customers = 12;
    m.leads = 3;
    m.documents = 7;
    m.payments = 4;
    return m;
}

QByteArray makeBackup(const QByteArray& payload, const std::optional<QString>& passphrase)
{
    QByteArray source = payload;
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    backup::WriteOptions options;
    options.passphrase = passphrase;
    options.kdf = backup::KdfParams::minimum();
    const Status s = backup::BackupWriter::write(in, source.size(), sampleMetadata(), sink, options);
    REQUIRE(s);
    return out;
}

Result<QByteArray> readBackup(const QByteArray& backupBytes, const QString& passphrase)
{
    auto device = std::make_unique<QBuffer>();
    device->setData(backupBytes);
    device->open(QIODevice::ReadOnly);
    auto reader = backup::BackupReader::fromDevice(std::move(device), QStringLiteral("test.pvbak"));
    if (!reader)
        return reader.error();
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    if (auto s = reader->extractTo(sink, passphrase); !s)
        return s.error();
    return out;
}

std::optional<backup::BackupDefect> defectOf(const Result<QByteArray>& result)
{
    if (result)
        return std::nullopt;
    return backup::defectOf(result.error());
}

QByteArray pseudoRandomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

QByteArray compressibleText(qsizetype n)
{
    QByteArray out;
    for (int i = 0; out.size() < n; ++i)
        out += QByteArray("customer ") + QByteArray::number(i) + " پیوند row;\n";
    out.truncate(n);
    return out;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace peyvand::test
