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

QString FileChooser::chooseFolder(QWidget* parent, const QString& title, const QString& start)
{
    if (!scripted().isEmpty())
        return scripted().takeFirst();
    return QFileDialog::getExistingDirectory(parent, title, start);
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
