// peyvand-cli: sets up the application and hands over to peyvand::cli::run().
#include "cli/Cli.h"
#include "storage/DefaultPaths.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

// The offscreen runtime complains about XDG_RUNTIME_DIR on machines without a
// desktop session; that is noise on a command line tool's stderr.
QtMessageHandler previousHandler = nullptr;

void quietMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtFatalMsg && message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

// Printing to PDF needs fonts, so a graphical application, on the offscreen
// platform: no display is needed. Every other command stays a console program.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "render") == 0) {
            previousHandler = qInstallMessageHandler(quietMessageHandler);
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
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
