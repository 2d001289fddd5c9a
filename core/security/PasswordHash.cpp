#include "PasswordHash.h"

#include "text/PersianText.h"

#include <QCoreApplication>

#include <sodium.h>

namespace peyvand::security {

namespace {

struct PasswordText {
    Q_DECLARE_TR_FUNCTIONS(AppLock)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), size_t(bytes.size()));
        bytes.clear();
    }
}

} // namespace

PasswordCost PasswordCost::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

PasswordCost PasswordCost::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

QString normalizePassword(const QString& password)
{
    return text::normalizeForStorage(password);
}

Result<QString> hashPassword(const QString& password, const PasswordCost& cost)
{
    if (!sodiumReady())
        return Error::make(ErrorCode::Internal, PasswordText::tr("The encryption library (libsodium) cannot start."));
    QByteArray secret = normalizePassword(password).toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, secret.constData(), quint64(secret.size()), cost.opsLimit,
                                         size_t(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    wipe(secret);
    if (rc != 0)
        return Error::make(ErrorCode::Io, PasswordText::tr("There is not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool passwordMatches(const QString& storedHash, const QString& password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray hash = storedHash.toLatin1();
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray secret = normalizePassword(password).toUtf8();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), secret.constData(), quint64(secret.size())) == 0;
    wipe(secret);
    return ok;
}

} // namespace peyvand::security
