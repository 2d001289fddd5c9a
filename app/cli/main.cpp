// peyvand-cli: sets up the application and hands over to peyvand::cli::run().
#include "cli/Cli.h"
#include "storage/DefaultPaths.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(peyvand::storage::applicationName());
    QCoreApplication::setOrganizationName(peyvand::storage::organizationName());
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
    const QStringList args = QCoreApplication::arguments().mid(1);
    peyvand::i18n::install(app, peyvand::cli::requestedLanguage(args));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    return peyvand::cli::run(args, out, err);
}
