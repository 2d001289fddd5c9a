#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QApplication;
class QElapsedTimer;

namespace peyvand::ui {

struct RestoreRequest;
struct StartupOptions;

// Starts the GUI: command line, language and layout direction, fonts, the
// database (with clear messages when it cannot be opened), the first-start
// demo data offer, and the main window.
class Application final {
    Q_DECLARE_TR_FUNCTIONS(Application)
public:
    // `sinceStart` was started at the top of main(); --measure-startup reports it.
    static int run(QApplication& app, const QElapsedTimer& sinceStart);

    // Language, translators, layout direction and font for the options given.
    static void applyLanguage(QApplication& app, const StartupOptions& options);

private:
    Application() = delete;
    // Opens the database and runs the window until it quits. When the user
    // asks for a restore, `restore` is set and the window closed: run()
    // restores with the database closed, then starts a session again.
    static int runSession(QApplication& app, const StartupOptions& options, const QString& path,
                          const QElapsedTimer& sinceStart, std::optional<RestoreRequest>& restore,
                          const QString& startMessage);
};

} // namespace peyvand::ui
