#pragma once

#include "BackupFormat.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace peyvand::backup {

// libsodium, initialised once; an error if the library cannot start.
Status ensureSodium();

// BLAKE2b-256 (crypto_generichash) of the bytes, no key.
QByteArray blake2b256(QByteArrayView bytes);

// Key material derived from a passphrase with Argon2id: the secret stream's key
// and a second key that only makes the header's key check value.
struct DerivedKeys {
    QByteArray streamKey; // 32 bytes
    QByteArray checkKey;  // 32 bytes
    ~DerivedKeys();       // wipes both
    DerivedKeys() = default;
    DerivedKeys(const DerivedKeys&) = delete;
    DerivedKeys& operator=(const DerivedKeys&) = delete;
    DerivedKeys(DerivedKeys&&) = default;
};

// The passphrase as UTF-8, NFC-normalised so the same words typed on another
// system give the same key.
Result<DerivedKeys> deriveKeys(const QString& passphrase, const QByteArray& salt, const KdfParams& params);
QByteArray keyCheckValue(const DerivedKeys& keys);
// Format 2: Argon2id of the passphrase to the 32-byte seed of a key pair
// (BackupEnvelope). The caller wipes it.
Result<QByteArray> deriveSeed(const QString& passphrase, const QByteArray& salt, const KdfParams& params);
QByteArray randomBytes(qsizetype n);
// Constant-time comparison of equal-length values.
bool sameBytes(const QByteArray& a, const QByteArray& b);

} // namespace peyvand::backup
