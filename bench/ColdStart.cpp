#include "ColdStart.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace peyvand::bench {

namespace {

bool isExecutable(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString exeName(const QString& base)
{
#ifdef Q_OS_WIN
    return base + QStringLiteral(".exe");
#else
    return base;
#endif
}

} // namespace

QString findGui(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return isExecutable(explicitPath) ? QFileInfo(explicitPath).absoluteFilePath() : QString();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : { here.filePath(exeName(QStringLiteral("peyvand"))),
                                      here.filePath(QStringLiteral("../app/") + exeName(QStringLiteral("peyvand"))) }) {
        if (isExecutable(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

StartupRun measureStartup(const QString& gui, const QString& databasePath, int timeoutMs)
{
    StartupRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(gui, { QStringLiteral("--db"), databasePath, QStringLiteral("--measure-startup") });
    if (!process.waitForStarted(timeoutMs)) {
        run.error = QStringLiteral("cannot start: ") + process.errorString();
        return run;
    }
    static const QRegularExpression line(QStringLiteral("startup_ms=(\\d+)"));
    QByteArray output;
    while (clock.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - clock.elapsed())))) {
            if (process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        output += process.readAllStandardOutput();
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            run.wallMs = clock.elapsed();
            run.reportedMs = match.captured(1).toLongLong();
            run.ok = true;
            break;
        }
    }
    if (!process.waitForFinished(run.ok ? 10'000 : 1'000)) {
        process.kill();
        process.waitForFinished(5'000);
        if (!run.ok)
            run.error = QStringLiteral("timed out");
    }
    if (!run.ok && run.error.isEmpty()) {
        run.error = QStringLiteral("no startup_ms line (exit ") + QString::number(process.exitCode()) + QStringLiteral("): ")
            + QString::fromUtf8(process.readAllStandardError()).trimmed().left(300);
    }
    return run;
}

} // namespace peyvand::bench
