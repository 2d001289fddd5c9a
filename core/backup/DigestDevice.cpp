#include "DigestDevice.h"

#include "BackupCrypto.h"

#include <sodium.h>

namespace peyvand::backup {

struct DigestDevice::State {
    crypto_generichash_state hash;
};

DigestDevice::DigestDevice() : d(new State)
{
    (void)ensureSodium();
    crypto_generichash_init(&d->hash, nullptr, 0, 32);
    open(QIODevice::WriteOnly);
}

DigestDevice::~DigestDevice() = default;

qint64 DigestDevice::writeData(const char* data, qint64 size)
{
    crypto_generichash_update(&d->hash, reinterpret_cast<const unsigned char*>(data), size_t(size));
    m_written += size;
    return size;
}

QByteArray DigestDevice::digest()
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&d->hash, reinterpret_cast<unsigned char*>(out.data()), 32);
    return out;
}

QByteArray DigestDevice::digestOf(QIODevice& source)
{
    DigestDevice sink;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        sink.write(buffer.constData(), n);
    }
    return sink.digest();
}

} // namespace peyvand::backup
