#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace peyvand::backup {

// The container described in docs/backup-format.md. All integers little-endian.
namespace format {
inline constexpr char kMagic[8] = { 'P', 'V', 'B', 'A', 'C', 'K', 'U', 'P' };
inline constexpr quint16 kVersion = 2;          // what the writer writes; readers read 1 and 2
inline constexpr quint16 kFlagEncrypted = 0x0001;
inline constexpr qsizetype kFixedBytes = 16;      // magic, version, flags, metadata length
inline constexpr qsizetype kSaltBytes = 16;
inline constexpr qsizetype kStreamHeaderBytes = 24;
inline constexpr qsizetype kKeyCheckBytes = 32;
inline constexpr qsizetype kSealedKeyBytes = 32 + 48; // crypto_box_seal of the 32-byte stream key (format 2)
inline constexpr qsizetype kEncryptionBytesV1 = 4 + 8 + 8 + kSaltBytes + kStreamHeaderBytes + kKeyCheckBytes; // 92
inline constexpr qsizetype kEncryptionBytesV2 = 4 + 8 + 8 + kSaltBytes + kSealedKeyBytes + kStreamHeaderBytes; // 140
inline constexpr qsizetype kChecksumBytes = 32;   // BLAKE2b-256
inline constexpr qsizetype kMaxMetadataBytes = 64 * 1024;
inline constexpr qsizetype kWriterFrameBytes = 64 * 1024; // compressed bytes per frame the writer emits
inline constexpr qsizetype kMaxFrameBytes = 1024 * 1024;  // largest frame payload a reader accepts
inline constexpr quint8 kKdfArgon2id13 = 1;
} // namespace format

// Argon2id cost, stored in the header so a reader derives the same key.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    static KdfParams moderate(); // libsodium's MODERATE: 3 passes, 256 MiB (the default)
    static KdfParams minimum();  // the cheapest libsodium allows: for tests only
    // What a reader agrees to spend: at least the minimum, at most 10 passes / 1 GiB.
    bool acceptable() const;
    bool operator==(const KdfParams&) const = default;
};

// Version 1: the stream key is derived from the passphrase; keyCheck tells a
// wrong passphrase from a damaged file. Version 2: the passphrase derives a
// key pair, and sealedKey is the random stream key sealed to its public half.
struct EncryptionHeader {
    KdfParams kdf;
    QByteArray salt;         // kSaltBytes
    QByteArray sealedKey;    // kSealedKeyBytes (version 2)
    QByteArray streamHeader; // kStreamHeaderBytes: crypto_secretstream's header
    QByteArray keyCheck;     // kKeyCheckBytes (version 1)
};

struct Header {
    quint16 version = format::kVersion;
    std::optional<EncryptionHeader> encryption;
    QByteArray metadataJson;
};

// The header's bytes, its BLAKE2b-256 checksum last.
QByteArray encodeHeader(const Header& header);

struct ParsedHeader {
    Header header;
    QByteArray raw; // every header byte including the checksum (the first frame's seed / AD)
};
// Reads the header at the device's position and checks it; on success the
// device stands at the first frame. Errors are backupError()s naming fileName.
Result<ParsedHeader> readHeader(QIODevice& in, const QString& fileName);

void putU32(QByteArray& out, quint32 value);
void putU64(QByteArray& out, quint64 value);
quint32 getU32(const char* bytes);
quint64 getU64(const char* bytes);

} // namespace peyvand::backup
