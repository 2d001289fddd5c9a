#include "BackupEnvelope.h"

#include "BackupCrypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace peyvand::backup {

namespace {

struct EnvelopeText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

static_assert(crypto_box_PUBLICKEYBYTES == 32);
static_assert(crypto_box_SEEDBYTES == 32);
static_assert(crypto_box_SEALBYTES + 32 == format::kSealedKeyBytes);

const unsigned char* bytes(const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); }
unsigned char* bytes(QByteArray& b) { return reinterpret_cast<unsigned char*>(b.data()); }

// The key pair the passphrase gives; the secret key is wiped on destruction.
struct KeyPair {
    QByteArray publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray secretKey = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
    ~KeyPair() { sodium_memzero(secretKey.data(), size_t(secretKey.size())); }
};

Status derive(const QString& passphrase, const QByteArray& salt, const KdfParams& kdf, KeyPair& out)
{
    auto seed = deriveSeed(passphrase, salt, kdf);
    if (!seed)
        return seed.error();
    crypto_box_seed_keypair(bytes(out.publicKey), bytes(out.secretKey), bytes(*seed));
    sodium_memzero(seed->data(), size_t(seed->size()));
    return {};
}

} // namespace

Result<EnvelopeKey> BackupEnvelope::create(const QString& passphrase, const KdfParams& kdf)
{
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("passphrase"), EnvelopeText::tr("The passphrase must not be empty."));
    EnvelopeKey key;
    key.salt = randomBytes(format::kSaltBytes);
    key.kdf = kdf;
    auto publicKey = publicKeyFor(passphrase, key.salt, kdf);
    if (!publicKey)
        return publicKey.error();
    key.publicKey = *publicKey;
    return key;
}

Result<QByteArray> BackupEnvelope::publicKeyFor(const QString& passphrase, const QByteArray& salt, const KdfParams& kdf)
{
    KeyPair pair;
    if (auto s = derive(passphrase, salt, kdf, pair); !s)
        return s.error();
    return pair.publicKey;
}

Result<bool> BackupEnvelope::matches(const EnvelopeKey& key, const QString& passphrase)
{
    if (passphrase.isEmpty())
        return false;
    auto publicKey = publicKeyFor(passphrase, key.salt, key.kdf);
    if (!publicKey)
        return publicKey.error();
    return sameBytes(*publicKey, key.publicKey);
}

Result<QByteArray> BackupEnvelope::seal(const QByteArray& streamKey, const QByteArray& publicKey)
{
    if (auto s = ensureSodium(); !s)
        return s.error();
    if (streamKey.size() != 32 || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return Error::make(ErrorCode::Internal, QStringLiteral("bad envelope key sizes"));
    QByteArray sealed(format::kSealedKeyBytes, Qt::Uninitialized);
    if (crypto_box_seal(bytes(sealed), bytes(streamKey), size_t(streamKey.size()), bytes(publicKey)) != 0)
        return Error::make(ErrorCode::Internal, QStringLiteral("crypto_box_seal failed"));
    return sealed;
}

Result<QByteArray> BackupEnvelope::open(const QByteArray& sealedKey, const QString& passphrase, const QByteArray& salt,
                                        const KdfParams& kdf)
{
    if (sealedKey.size() != format::kSealedKeyBytes)
        return QByteArray();
    KeyPair pair;
    if (auto s = derive(passphrase, salt, kdf, pair); !s)
        return s.error();
    QByteArray streamKey(32, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(streamKey), bytes(sealedKey), size_t(sealedKey.size()), bytes(pair.publicKey),
                             bytes(pair.secretKey))
        != 0)
        return QByteArray();
    return streamKey;
}

} // namespace peyvand::backup
