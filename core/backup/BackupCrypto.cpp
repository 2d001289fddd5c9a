#include "BackupCrypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace peyvand::backup {

namespace {

struct CryptoText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), size_t(bytes.size()));
        bytes.clear();
    }
}

} // namespace

Status ensureSodium()
{
    static const int status = sodium_init();
    if (status < 0)
        return Error::make(ErrorCode::Internal, CryptoText::tr("The encryption library (libsodium) cannot start."));
    return {};
}

QByteArray blake2b256(QByteArrayView bytes)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(bytes.data()), size_t(bytes.size()), nullptr, 0);
    return out;
}

DerivedKeys::~DerivedKeys()
{
    wipe(streamKey);
    wipe(checkKey);
}

namespace {

// Argon2id of the NFC-normalised UTF-8 passphrase, `bytes` long.
Result<QByteArray> argon2id(const QString& passphrase, const QByteArray& salt, const KdfParams& params, qsizetype bytes)
{
    if (auto s = ensureSodium(); !s)
        return s.error();
    static_assert(crypto_pwhash_SALTBYTES == format::kSaltBytes);
    if (salt.size() != format::kSaltBytes || !params.acceptable())
        return Error::make(ErrorCode::Internal, QStringLiteral("bad key derivation parameters"));
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray out(bytes, Qt::Uninitialized);
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()), secret.constData(),
                                 size_t(secret.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                                 params.opsLimit, size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    wipe(secret);
    if (rc != 0) {
        wipe(out);
        return Error::make(ErrorCode::Io, CryptoText::tr("There is not enough memory to derive the key from the passphrase."));
    }
    return out;
}

} // namespace

Result<DerivedKeys> deriveKeys(const QString& passphrase, const QByteArray& salt, const KdfParams& params)
{
    static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32);
    auto out = argon2id(passphrase, salt, params, 64);
    if (!out)
        return out.error();
    DerivedKeys keys;
    keys.streamKey = out->left(32);
    keys.checkKey = out->mid(32);
    wipe(*out);
    return keys;
}

Result<QByteArray> deriveSeed(const QString& passphrase, const QByteArray& salt, const KdfParams& params)
{
    return argon2id(passphrase, salt, params, 32);
}

QByteArray keyCheckValue(const DerivedKeys& keys)
{
    static const QByteArray label("Peyvand backup key check, format 1");
    QByteArray out(format::kKeyCheckBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(label.constData()), size_t(label.size()),
                       reinterpret_cast<const unsigned char*>(keys.checkKey.constData()), size_t(keys.checkKey.size()));
    return out;
}

QByteArray randomBytes(qsizetype n)
{
    (void)ensureSodium();
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace peyvand::backup
