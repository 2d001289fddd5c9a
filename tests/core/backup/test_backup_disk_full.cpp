// A backup whose output device fills up at any point fails with an I/O
// error; it never reports success with a short file (issue 7, item 7).
#include "BackupTestSupport.h"
#include "TestSupport.h"

#include "backup/BackupWriter.h"

#include <QBuffer>

using namespace peyvand;
using namespace peyvand::backup;
using namespace peyvand::test;

namespace {

// Accepts `capacity` bytes, then refuses every write as a full disk would.
class FullDevice final : public QIODevice {
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 len) override
    {
        if (m_written >= m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 accepted = std::min(len, m_capacity - m_written);
        m_written += accepted;
        return accepted;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

qint64 fullSize(const QByteArray& payload, const WriteOptions& options)
{
    QByteArray source = payload;
    QBuffer in(&source);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(BackupWriter::write(in, source.size(), sampleMetadata(), out, options));
    return out.size();
}

} // namespace

TEST_CASE("a backup that runs out of space at any point fails with an I/O error", "[backup][faults][disk]")
{
    const QByteArray payload = pseudoRandomBytes(300 * 1024, 7) + compressibleText(200 * 1024);
    WriteOptions plain;
    WriteOptions encrypted;
    encrypted.passphrase = QStringLiteral("رمز عبور");
    encrypted.kdf = KdfParams::minimum();
    for (const WriteOptions* options : { &plain, &encrypted }) {
        const qint64 complete = fullSize(payload, *options);
        INFO((options->passphrase ? "encrypted" : "plain") << ", complete size " << complete);
        std::vector<qint64> capacities { 0, 1, 15, 16, 100, 4096, complete / 3, complete / 2, complete - 100, complete - 1 };
        for (qint64 step = 7919; step < complete; step += 7919 * 5)
            capacities.push_back(step);
        for (const qint64 capacity : capacities) {
            INFO("capacity " << capacity);
            QByteArray source = payload;
            QBuffer in(&source);
            REQUIRE(in.open(QIODevice::ReadOnly));
            FullDevice out(capacity);
            const Status s = BackupWriter::write(in, source.size(), sampleMetadata(), out, *options);
            REQUIRE_FALSE(s);
            CHECK(s.error().code == ErrorCode::Io);
            CHECK_FALSE(s.error().message.isEmpty());
            CHECK(out.written() <= capacity);
        }
        FullDevice roomy(complete);
        QByteArray source = payload;
        QBuffer in(&source);
        REQUIRE(in.open(QIODevice::ReadOnly));
        CHECK(BackupWriter::write(in, source.size(), sampleMetadata(), roomy, *options));
    }
}
