#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace peyvand::ui {

// The one place the UI asks for a file to open. Tests script the paths chosen
// (an empty path is a cancelled dialog) so that no test ever blocks on a
// native file dialog.
class FileChooser final {
public:
    // The chosen file, empty when the user cancelled.
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    // The chosen folder, empty when the user cancelled.
    static QString chooseFolder(QWidget* parent, const QString& title, const QString& start);

    // --- for tests -------------------------------------------------------
    static void scriptPaths(const QStringList& paths);
    // True when scripted paths are left (a test expected more dialogs).
    static bool hasScriptedPaths();

private:
    FileChooser() = delete;
};

} // namespace peyvand::ui
