#pragma once

// Internal to the XLSX reader: the zip container, read through QuaZip with the
// limits of XlsxLimits applied to every part.

#include "Xlsx.h"

#include <QHash>
#include <QIODevice>
#include <QPointer>
#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace peyvand::io::xlsx {

// One part being read: counts the bytes it really inflates (the sizes in the
// zip directory may lie) and fails once they cross the limits. Read it to
// its end, then finish() checks the checksum.
class XlsxPartDevice final : public QIODevice
{
public:
    struct Limits
    {
        qint64 maxBytes = 0; // XlsxLimits::maxEntryBytes
        qint64 maxForRatio = 0; // what the compression ratio allows
        double ratio = 0;
    };
    XlsxPartDevice(std::unique_ptr<QuaZipFile> file, QString part, qint64 declaredSize, Limits limits);
    ~XlsxPartDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;

    const QString& part() const { return m_part; }
    qint64 bytesInflated() const { return m_inflated; }
    qint64 declaredSize() const { return m_declaredSize; }
    // Set when reading stopped on a limit or a decompression error.
    const std::optional<Error>& failure() const { return m_failure; }
    Status finish();
    // Stops reading: another part is being opened on the same zip.
    void detach();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::unique_ptr<QuaZipFile> m_file;
    QString m_part;
    qint64 m_declaredSize = 0;
    Limits m_limits;
    qint64 m_inflated = 0;
    bool m_ended = false;
    std::optional<Error> m_failure;
};

class XlsxPackage final
{
public:
    // The device must stay alive and is left open.
    static Result<std::unique_ptr<XlsxPackage>> open(QIODevice& device, const XlsxLimits& limits);
    static Result<std::unique_ptr<XlsxPackage>> open(const QString& path, const XlsxLimits& limits);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    const XlsxLimits& limits() const { return m_limits; }
    // Part names as in the package ("xl/workbook.xml"), matched without
    // regard to case as OPC says.
    bool contains(const QString& part) const;
    // One part at a time: opening another one ends the previous one.
    Result<std::unique_ptr<XlsxPartDevice>> openPart(const QString& part);

private:
    struct Entry
    {
        QString name;
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };
    XlsxPackage(std::unique_ptr<QIODevice> ownDevice, QIODevice& device, const XlsxLimits& limits);
    Status readDirectory();

    std::unique_ptr<QIODevice> m_ownDevice;
    std::unique_ptr<QuaZip> m_zip;
    QPointer<XlsxPartDevice> m_current;
    XlsxLimits m_limits;
    QHash<QString, Entry> m_entries; // by lower-case name
};

} // namespace peyvand::io::xlsx
