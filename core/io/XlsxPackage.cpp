#include "XlsxPackage.h"

#include "XlsxXml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace peyvand::io::xlsx {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

// Parts this small pass whatever their compression ratio: the ratio only
// matters where the size does.
constexpr qint64 ratioFloorBytes = 1024 * 1024;
// Real workbooks hold a few dozen parts; a directory listing more is refused
// before it costs memory.
constexpr int maxParts = 65536;

QString partKey(QString name)
{
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.toLower();
}

Error tooLarge(const QString& part, qint64 limit)
{
    return fileError(XlsxText::tr("The XLSX file is refused: its part %1 unpacks to more than %2 MB.")
                         .arg(part, megabytes(limit)));
}

Error tooCompressed(const QString& part, double ratio)
{
    return fileError(XlsxText::tr("The XLSX file is refused: its part %1 is compressed more than %2 times, "
                                  "as zip bombs are.")
                         .arg(part)
                         .arg(ratio));
}

qint64 ratioLimit(qint64 compressed, double ratio)
{
    const double allowed = double(std::max<qint64>(compressed, 1)) * ratio;
    if (allowed >= 9.0e18)
        return std::numeric_limits<qint64>::max();
    return std::max(qint64(allowed), ratioFloorBytes);
}

} // namespace

XlsxPartDevice::XlsxPartDevice(
    std::unique_ptr<QuaZipFile> file, QString part, qint64 declaredSize, Limits limits)
    : m_file(std::move(file))
    , m_part(std::move(part))
    , m_declaredSize(declaredSize)
    , m_limits(limits)
{
    QIODevice::open(QIODevice::ReadOnly);
}

XlsxPartDevice::~XlsxPartDevice()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

bool XlsxPartDevice::atEnd() const
{
    return (m_ended || m_failure) && QIODevice::bytesAvailable() == 0;
}

qint64 XlsxPartDevice::readData(char* data, qint64 maxSize)
{
    if (m_failure)
        return -1;
    if (m_ended || !m_file || maxSize <= 0)
        return 0; // QIODevice asks for 0 bytes at times: not the end
    const qint64 n = m_file->read(data, maxSize);
    if (n < 0) {
        m_failure = damaged(XlsxText::tr("its part %1 cannot be unpacked").arg(m_part));
        return -1;
    }
    if (n == 0) {
        m_ended = true;
        return 0;
    }
    m_inflated += n;
    if (m_inflated > m_limits.maxBytes) {
        m_failure = tooLarge(m_part, m_limits.maxBytes);
        return -1;
    }
    if (m_inflated > m_limits.maxForRatio) {
        m_failure = tooCompressed(m_part, m_limits.ratio);
        return -1;
    }
    return n;
}

Status XlsxPartDevice::finish()
{
    if (m_failure)
        return *m_failure;
    if (!m_file)
        return {};
    // Read what the XML parser left (trailing whitespace), so that the
    // checksum covers the whole part.
    char buffer[4096];
    while (!m_ended && !m_failure)
        readData(buffer, sizeof buffer);
    if (m_failure)
        return *m_failure;
    m_file->close();
    const int status = m_file->getZipError();
    m_file.reset();
    if (status != UNZ_OK)
        return damaged(XlsxText::tr("its part %1 fails its checksum").arg(m_part));
    return {};
}

void XlsxPartDevice::detach()
{
    if (m_file && m_file->isOpen())
        m_file->close();
    m_file.reset();
    if (!m_failure)
        m_failure = damaged(XlsxText::tr("its part %1 was left unread").arg(m_part));
}

XlsxPackage::XlsxPackage(std::unique_ptr<QIODevice> ownDevice, QIODevice& device, const XlsxLimits& limits)
    : m_ownDevice(std::move(ownDevice))
    , m_zip(std::make_unique<QuaZip>(&device))
    , m_limits(limits)
{
    m_zip->setAutoClose(false);
}

XlsxPackage::~XlsxPackage()
{
    if (m_current)
        m_current->detach();
    if (m_zip->isOpen())
        m_zip->close();
}

Result<std::unique_ptr<XlsxPackage>> XlsxPackage::open(QIODevice& device, const XlsxLimits& limits)
{
    if (device.isOpen() && (!device.isReadable() || device.isSequential()))
        return fileError(XlsxText::tr("The XLSX file cannot be read: it must be a file that can be read "
                                      "in any order."));
    std::unique_ptr<XlsxPackage> package(new XlsxPackage(nullptr, device, limits));
    if (auto status = package->readDirectory(); !status)
        return status.error();
    return package;
}

Result<std::unique_ptr<XlsxPackage>> XlsxPackage::open(const QString& path, const XlsxLimits& limits)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fileError(XlsxText::tr("The file %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file->errorString()));
    QIODevice& device = *file;
    std::unique_ptr<XlsxPackage> package(new XlsxPackage(std::move(file), device, limits));
    if (auto status = package->readDirectory(); !status)
        return status.error();
    return package;
}

Status XlsxPackage::readDirectory()
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return damaged(XlsxText::tr("it is not a zip archive, or it is incomplete"));
    int count = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++count > maxParts)
            return damaged(XlsxText::tr("it lists more than %1 parts").arg(maxParts));
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return damaged(XlsxText::tr("its directory cannot be read"));
        const QString key = partKey(info.name);
        if (key.isEmpty() || m_entries.contains(key))
            continue;
        m_entries.insert(key,
            Entry { info.name, qint64(std::min<quint64>(info.compressedSize, quint64(INT64_MAX))),
                qint64(std::min<quint64>(info.uncompressedSize, quint64(INT64_MAX))) });
    }
    if (m_zip->getZipError() != UNZ_OK)
        return damaged(XlsxText::tr("its directory cannot be read"));
    if (m_entries.isEmpty())
        return damaged(XlsxText::tr("it is not a zip archive, or it is incomplete"));
    return {};
}

bool XlsxPackage::contains(const QString& part) const
{
    return m_entries.contains(partKey(part));
}

Result<std::unique_ptr<XlsxPartDevice>> XlsxPackage::openPart(const QString& part)
{
    const auto it = m_entries.constFind(partKey(part));
    if (it == m_entries.constEnd())
        return damaged(XlsxText::tr("its part %1 is missing").arg(part));
    const Entry& entry = *it;
    XlsxPartDevice::Limits limits;
    limits.maxBytes = m_limits.maxEntryBytes;
    limits.ratio = m_limits.maxCompressionRatio;
    limits.maxForRatio = ratioLimit(entry.compressed, m_limits.maxCompressionRatio);
    if (entry.uncompressed > limits.maxBytes)
        return tooLarge(entry.name, limits.maxBytes);
    if (entry.uncompressed > limits.maxForRatio)
        return tooCompressed(entry.name, limits.ratio);

    if (m_current)
        m_current->detach();
    if (!m_zip->setCurrentFile(entry.name, QuaZip::csSensitive))
        return damaged(XlsxText::tr("its part %1 cannot be found").arg(entry.name));
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return damaged(XlsxText::tr("its part %1 cannot be opened").arg(entry.name));
    auto device = std::make_unique<XlsxPartDevice>(std::move(file), entry.name, entry.uncompressed, limits);
    m_current = device.get();
    return device;
}

} // namespace peyvand::io::xlsx
