#include "BackupFormat.h"

#include "BackupErrors.h"
#include "BackupCrypto.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

namespace peyvand::backup {

KdfParams KdfParams::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

KdfParams KdfParams::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

bool KdfParams::acceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 10 && memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && memLimit <= 1024ull * 1024 * 1024;
}

void putU32(QByteArray& out, quint32 value)
{
    char b[4];
    qToLittleEndian(value, b);
    out.append(b, 4);
}

void putU64(QByteArray& out, quint64 value)
{
    char b[8];
    qToLittleEndian(value, b);
    out.append(b, 8);
}

quint32 getU32(const char* bytes) { return qFromLittleEndian<quint32>(bytes); }
quint64 getU64(const char* bytes) { return qFromLittleEndian<quint64>(bytes); }

QByteArray encodeHeader(const Header& header)
{
    QByteArray out(format::kMagic, sizeof format::kMagic);
    char b2[2];
    qToLittleEndian(header.version, b2);
    out.append(b2, 2);
    qToLittleEndian(quint16(header.encryption ? format::kFlagEncrypted : 0), b2);
    out.append(b2, 2);
    putU32(out, quint32(header.metadataJson.size()));
    if (const auto& e = header.encryption) {
        out.append(char(format::kKdfArgon2id13));
        out.append(3, '\0');
        putU64(out, e->kdf.opsLimit);
        putU64(out, e->kdf.memLimit);
        out.append(e->salt);
        if (header.version == 1) {
            out.append(e->streamHeader);
            out.append(e->keyCheck);
        } else {
            out.append(e->sealedKey);
            out.append(e->streamHeader);
        }
    }
    out.append(header.metadataJson);
    out.append(blake2b256(out));
    return out;
}

namespace {

// Reads exactly n bytes, or says how many it got.
QByteArray readExactly(QIODevice& in, qsizetype n)
{
    QByteArray out = in.read(n);
    while (out.size() < n) {
        const QByteArray more = in.read(n - out.size());
        if (more.isEmpty())
            break;
        out.append(more);
    }
    return out;
}

} // namespace

Result<ParsedHeader> readHeader(QIODevice& in, const QString& fileName)
{
    QByteArray raw = readExactly(in, format::kFixedBytes);
    const QByteArray magic(format::kMagic, sizeof format::kMagic);
    if (!raw.isEmpty() && raw.size() < magic.size() && magic.startsWith(raw))
        return backupError(BackupDefect::Truncated, fileName);
    if (!raw.startsWith(magic))
        return backupError(BackupDefect::NotABackup, fileName);
    if (raw.size() < format::kFixedBytes)
        return backupError(BackupDefect::Truncated, fileName);
    ParsedHeader parsed;
    parsed.header.version = qFromLittleEndian<quint16>(raw.constData() + 8);
    if (parsed.header.version > format::kVersion)
        return backupError(BackupDefect::NewerFormat, fileName);
    const quint16 flags = qFromLittleEndian<quint16>(raw.constData() + 10);
    const quint32 metadataBytes = getU32(raw.constData() + 12);
    if (parsed.header.version == 0 || (flags & ~format::kFlagEncrypted) != 0 || metadataBytes == 0
        || metadataBytes > quint32(format::kMaxMetadataBytes))
        return backupError(BackupDefect::HeaderDamaged, fileName);
    const bool encrypted = flags & format::kFlagEncrypted;

    const qsizetype encryptionBytes = parsed.header.version == 1 ? format::kEncryptionBytesV1 : format::kEncryptionBytesV2;
    const qsizetype rest = (encrypted ? encryptionBytes : 0) + qsizetype(metadataBytes) + format::kChecksumBytes;
    const QByteArray tail = readExactly(in, rest);
    if (tail.size() < rest)
        return backupError(BackupDefect::Truncated, fileName);
    raw.append(tail);
    const qsizetype checked = raw.size() - format::kChecksumBytes;
    if (blake2b256(QByteArrayView(raw.constData(), checked)) != raw.mid(checked))
        return backupError(BackupDefect::HeaderDamaged, fileName);

    const char* p = raw.constData() + format::kFixedBytes;
    if (encrypted) {
        if (quint8(p[0]) != format::kKdfArgon2id13 || p[1] || p[2] || p[3])
            return backupError(BackupDefect::HeaderDamaged, fileName);
        EncryptionHeader e;
        e.kdf.opsLimit = getU64(p + 4);
        e.kdf.memLimit = getU64(p + 12);
        if (!e.kdf.acceptable())
            return backupError(BackupDefect::HeaderDamaged, fileName);
        p += 20;
        e.salt = QByteArray(p, format::kSaltBytes);
        p += format::kSaltBytes;
        if (parsed.header.version == 1) {
            e.streamHeader = QByteArray(p, format::kStreamHeaderBytes);
            p += format::kStreamHeaderBytes;
            e.keyCheck = QByteArray(p, format::kKeyCheckBytes);
            p += format::kKeyCheckBytes;
        } else {
            e.sealedKey = QByteArray(p, format::kSealedKeyBytes);
            p += format::kSealedKeyBytes;
            e.streamHeader = QByteArray(p, format::kStreamHeaderBytes);
            p += format::kStreamHeaderBytes;
        }
        parsed.header.encryption = std::move(e);
    }
    parsed.header.metadataJson = QByteArray(p, metadataBytes);
    parsed.raw = std::move(raw);
    return parsed;
}

} // namespace peyvand::backup
