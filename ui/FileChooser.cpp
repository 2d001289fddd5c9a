#include "FileChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace peyvand::ui {

namespace {
QStringList& scripted()
{
    static QStringList paths;
    return paths;
}
} // namespace

QString FileChooser::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (!scripted().isEmpty())
        return scripted().takeFirst();
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

void FileChooser::scriptPaths(const QStringList& paths)
{
    scripted() = paths;
}

bool FileChooser::hasScriptedPaths()
{
    return !scripted().isEmpty();
}

} // namespace peyvand::ui
