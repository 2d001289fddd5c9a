#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace peyvand::test {

// What one in-process peyvand-cli run produced.
struct CliRun {
    int code = -1;
    QString out;
    QString err;

    QJsonObject object() const; // stdout parsed as a JSON object (fails the test if it is not)
    QJsonArray array() const;   // stdout parsed as a JSON array
};

// Runs peyvand::cli::run(args) and captures its output.
CliRun runCli(const QStringList& args);

// A temporary folder with a database path in it (the file is not created).
class TempDatabase {
public:
    TempDatabase();
    const QString& path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Runs the CLI with "--db <path>" in front of args.
    CliRun run(QStringList args) const;
    // Creates the database (peyvand-cli init) and fails the test if that fails.
    void init() const;
    // Adds a customer and returns its ID.
    qint64 add(const QStringList& fieldOptions) const;
    // Number of customers, active and archived.
    qsizetype count() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QByteArray sha256OfFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace peyvand::test
