#include "BackupFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace peyvand::backup {

namespace {

struct FileText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

Error ioError(const QString& message) { return Error::make(ErrorCode::Io, message); }

QString randomTag()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString tag;
    for (int i = 0; i < 8; ++i)
        tag += QChar::fromLatin1(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return tag;
}

bool syncHandle(int handle)
{
#ifdef Q_OS_UNIX
    return ::fsync(handle) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(handle) == 0;
#else
    Q_UNUSED(handle);
    return true;
#endif
}

} // namespace

Result<TempFile> TempFile::create(const QString& folder, const QString& prefix, const QString& suffix)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString path = QDir(folder).filePath(prefix + u'-' + randomTag() + suffix);
        auto file = std::make_unique<QFile>(path);
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            TempFile temp;
            temp.m_file = std::move(file);
            temp.m_path = path;
            return temp;
        }
        if (QFileInfo::exists(path))
            continue;
        return ioError(FileText::tr("A file cannot be created in the folder “%1”: %2").arg(folder, file->errorString()));
    }
    return ioError(FileText::tr("A file cannot be created in the folder “%1”.").arg(folder));
}

TempFile::TempFile(TempFile&&) noexcept = default;
TempFile& TempFile::operator=(TempFile&&) noexcept = default;

TempFile::~TempFile()
{
    if (!m_file || m_moved)
        return;
    m_file->close();
    QFile::remove(m_path);
}

Status TempFile::finishWriting()
{
    if (!m_file->flush() || !syncHandle(m_file->handle())) {
        return ioError(FileText::tr("The file “%1” cannot be written to disk: %2").arg(m_path, m_file->errorString()));
    }
    m_file->close();
    if (m_file->error() != QFileDevice::NoError)
        return ioError(FileText::tr("The file “%1” cannot be written to disk: %2").arg(m_path, m_file->errorString()));
    return {};
}

Status TempFile::moveTo(const QString& target)
{
    if (m_file->isOpen())
        m_file->close();
    if (auto s = renameNoReplace(m_path, target); !s)
        return s;
    m_moved = true;
    return {};
}

Status syncPath(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !syncHandle(file.handle()))
        return ioError(FileText::tr("The file “%1” cannot be written to disk: %2").arg(path, file.errorString()));
    return {};
}

void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

Status renameNoReplace(const QString& source, const QString& target)
{
    if (QFileInfo::exists(target))
        return Error::make(ErrorCode::Conflict, FileText::tr("“%1” already exists; it is not overwritten.").arg(target));
    QFile file(source);
    if (!file.rename(target)) // QFile::rename never replaces an existing file
        return ioError(FileText::tr("“%1” cannot be renamed to “%2”: %3").arg(source, target, file.errorString()));
    syncFolder(QFileInfo(target).absolutePath());
    return {};
}

QString backupFileName(const QDateTime& createdAtUtc, int sequence, const QString& label)
{
    const QString stamp = createdAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
    QString suffix = sequence > 1 ? QStringLiteral("-%1").arg(sequence) : QString();
    if (!label.isEmpty())
        suffix += u'-' + label;
    return QStringLiteral("peyvand-") + stamp + suffix + QLatin1String(kBackupSuffix);
}

std::optional<QDateTime> timeFromBackupFileName(const QString& fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^peyvand-(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)(?:-\\d{1,4})?\\.pvbak$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QString stamp = match.captured(1);
    const QDate date = QDate::fromString(stamp.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(stamp.mid(11, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

QStringList removeStaleTemporaries(const QString& folder, const QDateTime& nowUtc, qint64 maxAgeSeconds)
{
    static const QRegularExpression ours(
        QStringLiteral("^\\.peyvand-(?:backup-[a-z0-9]{8}\\.pvbak\\.part|snapshot-[a-z0-9]{8}\\.sqlite)$"));
    QStringList removed;
    if (folder.isEmpty())
        return removed;
    const QFileInfoList files = QDir(folder).entryInfoList({ QStringLiteral(".peyvand-*") },
                                                          QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& file : files) {
        if (!ours.match(file.fileName()).hasMatch() || file.isSymLink())
            continue;
        if (file.lastModified().toUTC().secsTo(nowUtc) <= maxAgeSeconds)
            continue;
        if (QFile::remove(file.absoluteFilePath()))
            removed << file.absoluteFilePath();
    }
    return removed;
}

} // namespace peyvand::backup
