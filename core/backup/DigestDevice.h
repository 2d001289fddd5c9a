#pragma once

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace peyvand::backup {

// A write-only device that keeps nothing but the BLAKE2b-256 of what was
// written and its length: verifies a backup without a second copy on disk.
class DigestDevice final : public QIODevice {
public:
    DigestDevice();
    ~DigestDevice() override;
    QByteArray digest();   // finishes; call once, after the last write
    qint64 written() const { return m_written; }

    static QByteArray digestOf(QIODevice& source); // reads source to its end

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    struct State;
    std::unique_ptr<State> d;
    qint64 m_written = 0;
};

} // namespace peyvand::backup
