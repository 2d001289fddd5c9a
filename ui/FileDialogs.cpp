#include "FileDialogs.h"

#include "Dialogs.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace peyvand::ui {

namespace {
QList<QString>& scripted()
{
    static QList<QString> paths;
    return paths;
}

std::optional<QString> takeScripted()
{
    if (!scripted().isEmpty())
        return scripted().takeFirst();
    if (!Dialogs::isInteractive())
        return QString();
    return std::nullopt;
}
} // namespace

QString FileDialogs::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (const std::optional<QString> path = takeScripted())
        return *path;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (const std::optional<QString> path = takeScripted())
        return *path;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + suggested;
    return QFileDialog::getSaveFileName(parent, title, start, filter);
}

void FileDialogs::scriptPaths(const QList<QString>& paths)
{
    scripted() = paths;
}

} // namespace peyvand::ui
