#include "Fonts.h"

#include "documents/DocumentRenderer.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace peyvand::ui {

QString Fonts::registerEmbedded()
{
    // One embedded copy of Vazirmatn serves the window and the printouts.
    registerDocumentFonts();
    return QFontDatabase::families().contains(QStringLiteral("Vazirmatn")) ? QStringLiteral("Vazirmatn") : QString();
}

void Fonts::applyApplicationFont(int pointSize)
{
    const QString family = registerEmbedded();
    if (family.isEmpty())
        return;
    QFont font(family, pointSize);
    font.setStyleStrategy(QFont::PreferAntialias);
    QApplication::setFont(font);
}

void Fonts::registerDocumentFonts()
{
    static const bool registered = [] {
        const Status status = documents::DocumentRenderer::registerFonts();
        if (!status)
            qWarning("document fonts: %s", qPrintable(status.error().message));
        return bool(status);
    }();
    Q_UNUSED(registered);
}

} // namespace peyvand::ui
