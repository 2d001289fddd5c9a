#pragma once

// Helpers shared by the fault tests (issue 7, item 7): they run the real
// peyvand-cli as a child process and look at the database it leaves.
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QTemporaryDir;

namespace peyvand::faults {

QString cli();
inline QString s(const char* latin) { return QString::fromLatin1(latin); }
inline QString n(qint64 value) { return QString::number(value); }

struct Finished {
    bool crashed = false; // ended by a signal
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI (English messages) on db to the end. fileSizeLimit > 0 caps
// every file the child writes at that many bytes (RLIMIT_FSIZE, SIGXFSZ
// ignored): a write past it fails as on a full disk. Linux only.
Finished runCli(const QString& db, const QStringList& args, qint64 fileSizeLimit = 0);
// Runs the CLI to the end; it must succeed.
Finished runOk(const QString& db, const QStringList& args);

// Opens the database and requires a clean integrity_check (FTS included).
std::unique_ptr<storage::Database> openChecked(const QString& db);
QVariant value(storage::Database& d, const QString& sql);
qint64 count(storage::Database& d, const QString& sql);

void writeText(const QString& path, const QString& text);
QByteArray fileHash(const QString& path);

// A fresh database with 3,000 imported customers, so writes and backups
// have some substance.
QString seededDatabase(const QTemporaryDir& dir);

} // namespace peyvand::faults
