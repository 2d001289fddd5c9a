#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace peyvand::ui {

// The one place the UI asks for a file name. Tests script the answers (as
// Dialogs does for questions), so no test blocks on a native file dialog.
class FileDialogs final {
public:
    // An existing file to read; empty when the user cancelled.
    static QString openFile(QWidget* parent, const QString& title, const QString& filter = {});
    // A file to write, starting at `suggested`; empty when the user cancelled.
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter = {});

    // --- for tests -------------------------------------------------------
    // Paths returned, in order, instead of showing the dialogs; an empty
    // string stands for "cancelled". When none are scripted and Dialogs is
    // not interactive, the dialogs answer "cancelled".
    static void scriptPaths(const QList<QString>& paths);

private:
    FileDialogs() = delete;
};

} // namespace peyvand::ui
