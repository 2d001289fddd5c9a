#include "Fonts.h"

#include "documents/DocumentRenderer.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace peyvand::ui {

QString Fonts::registerEmbedded()
{
    static const QString family = [] {
        QString name;
        for (const QString& file : { QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"),
                                     QStringLiteral(":/fonts/Vazirmatn-Bold.ttf") }) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0 && name.isEmpty()) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                if (!families.isEmpty())
                    name = families.first();
            }
        }
        return name;
    }();
    return family;
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
