#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace peyvand::i18n {

enum class Language { Persian, English };

// "fa" / "en" (also "fa_IR", "en_US"); nullopt-like fallback: Persian.
Language languageFromCode(const QString& code);
QString languageCode(Language language);
QLocale localeFor(Language language);

// Installs Peyvand's and Qt's own translators for the language on the
// application and makes its locale the default (QLocale::setDefault).
// English needs no translator: source strings are English.
void install(QCoreApplication& app, Language language);

} // namespace peyvand::i18n
