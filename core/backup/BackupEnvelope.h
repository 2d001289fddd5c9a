#pragma once

#include "BackupFormat.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace peyvand::backup {

// The public half of a key pair derived from a passphrase (Argon2id over the
// salt gives the seed of an X25519 key pair). Safe to store: backups can be
// encrypted to it without the passphrase, and only the passphrase opens them.
struct EnvelopeKey {
    QByteArray publicKey; // crypto_box_PUBLICKEYBYTES (32)
    QByteArray salt;      // format::kSaltBytes
    KdfParams kdf;
    bool operator==(const EnvelopeKey&) const = default;
};

// Key-envelope operations (docs/backup-format.md, version 2).
class BackupEnvelope final {
public:
    // A new key pair from the passphrase and a fresh random salt; only its
    // public half is returned.
    static Result<EnvelopeKey> create(const QString& passphrase, const KdfParams& kdf);
    // The public key the passphrase gives with this salt and cost.
    static Result<QByteArray> publicKeyFor(const QString& passphrase, const QByteArray& salt, const KdfParams& kdf);
    // True when the passphrase gives key's public key.
    static Result<bool> matches(const EnvelopeKey& key, const QString& passphrase);

    // crypto_box_seal of a stream key to the public key.
    static Result<QByteArray> seal(const QByteArray& streamKey, const QByteArray& publicKey);
    // Opens a sealed stream key with the key pair the passphrase gives; an
    // empty result means the passphrase (or the sealed key) is wrong.
    static Result<QByteArray> open(const QByteArray& sealedKey, const QString& passphrase, const QByteArray& salt,
                                   const KdfParams& kdf);
};

} // namespace peyvand::backup
