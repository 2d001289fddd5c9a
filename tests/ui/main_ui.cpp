// Catch2 main for the GUI tests: a QApplication on the offscreen platform, no
// real settings touched, and no modal dialog ever shown.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Dialogs.h"
#include "Fonts.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and AppData go to a test folder
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peyvand-test-ui"));
    QCoreApplication::setOrganizationName(QStringLiteral("Peyvand"));
    peyvand::ui::Dialogs::setInteractive(false);
    peyvand::ui::Fonts::applyApplicationFont(10);
    peyvand::ui::Fonts::registerDocumentFonts();
    return Catch::Session().run(argc, argv);
}
