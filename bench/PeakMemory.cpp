#include "PeakMemory.h"

#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace peyvand::bench {

namespace {

std::optional<qint64> maxRss([[maybe_unused]] int who)
{
#ifdef Q_OS_UNIX
    struct rusage usage {};
    if (getrusage(who, &usage) != 0)
        return std::nullopt;
#ifdef Q_OS_MACOS
    return qint64(usage.ru_maxrss) / 1024; // bytes on macOS
#else
    return qint64(usage.ru_maxrss); // KiB on Linux
#endif
#else
    return std::nullopt;
#endif
}

} // namespace

std::optional<qint64> selfPeakRssKb()
{
#ifdef Q_OS_UNIX
    return maxRss(RUSAGE_SELF);
#else
    return std::nullopt;
#endif
}

std::optional<qint64> childrenPeakRssKb()
{
#ifdef Q_OS_UNIX
    return maxRss(RUSAGE_CHILDREN);
#else
    return std::nullopt;
#endif
}

bool resetPeakRss()
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
#else
    return false;
#endif
}

std::optional<qint64> highWaterMarkKb()
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kb = line.mid(6).trimmed().split(' ').constFirst().toLongLong(&ok);
            if (ok)
                return kb;
        }
    }
#endif
    return std::nullopt;
}

} // namespace peyvand::bench
