#pragma once

#include "io/TableSource.h"

#include <QBuffer>
#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace peyvand::test {

// A device over bytes that hands out 1 to 7 bytes per read (cycling), to
// show that the readers do not depend on how reads are cut. Random access
// unless `sequential`.
class TrickleDevice final : public QIODevice {
public:
    explicit TrickleDevice(QByteArray data, bool sequential = false);
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_sequential ? 0 : m_data.size(); }
    bool seek(qint64 pos) override;
    int reads() const { return m_reads; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_sequential;
    int m_reads = 0;
};

struct ReadTable {
    QStringList headers;
    QList<io::SourceRow> rows;
};

// Every row of a source; an error ends the test.
ReadTable readAllRows(io::TableSource& source);
// Opens over a buffer and reads everything, or gives the first error.
Result<ReadTable> readBytes(const QByteArray& data, const io::SourceOptions& options = {});
Result<ReadTable> readBytesTrickled(const QByteArray& data, const io::SourceOptions& options = {}, bool sequential = false);

// Reads through a QBuffer and through a TrickleDevice, checks that both give
// the same table (or the same error), and returns it.
ReadTable read(const QByteArray& data, const io::SourceOptions& options = {});
Error failure(const QByteArray& data, const io::SourceOptions& options = {});
// Opens `buffer` read-only as a source; failing to open ends the test.
std::unique_ptr<io::TableSource> openBuffer(QBuffer& buffer, const io::SourceOptions& options = {});

QStringList list(std::initializer_list<const char*> utf8Values);

QByteArray utf16le(const QString& text, bool bom = true);
QByteArray utf16be(const QString& text, bool bom = true);
QByteArray windows1256(const QString& text);

} // namespace peyvand::test
