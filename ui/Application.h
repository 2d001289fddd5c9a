#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QApplication;
class QElapsedTimer;
class QWidget;

namespace peyvand::ui {

struct SessionState;
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
    // asks for a restore (or to go on read-only), `state` says so and the
    // window is closed: run() restores with the database closed, then starts
    // a session again.
    static int runSession(QApplication& app, const StartupOptions& options, const QString& path,
                          const QElapsedTimer& sinceStart, SessionState& state);
    // The database failed its check: asks what to do (DamagedDatabaseDialog).
    // False when the session should end (quit, or restore requested).
    static bool handleDamage(QWidget* parent, const QString& path, const QStringList& problems, SessionState& state);
};

} // namespace peyvand::ui
