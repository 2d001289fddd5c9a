#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace peyvand::i18n {

Language languageFromCode(const QString& code)
{
    return code.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? Language::English : Language::Persian;
}

QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("fa");
}

QLocale localeFor(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                         : QLocale(QLocale::Persian, QLocale::Iran);
}

void install(QCoreApplication& app, Language language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    if (language == Language::English)
        return;
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/peyvand_fa.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace peyvand::i18n
