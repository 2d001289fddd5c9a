#pragma once

#include "TestSupport.h"

#include "Translations.h"
#include "customers/Customer.h"
#include "storage/Database.h"

#include <QLocale>
#include <QVariant>

class QWidget;

#include <memory>

namespace peyvand::customers {
class CustomerService;
}

namespace peyvand::test {

// Fixes the language of one test: default QLocale and layout direction (as
// the application sets them from i18n::localeFor); restored afterwards.
class UiLanguage final {
public:
    explicit UiLanguage(i18n::Language language);
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

private:
    QLocale m_previousLocale;
    Qt::LayoutDirection m_previousDirection;
};

// UiLanguage plus the application's translators, for screenshots that
// should read as the user sees them.
class TranslatedLanguage final {
public:
    explicit TranslatedLanguage(i18n::Language language);
    ~TranslatedLanguage();
    TranslatedLanguage(const TranslatedLanguage&) = delete;
    TranslatedLanguage& operator=(const TranslatedLanguage&) = delete;

private:
    UiLanguage m_language;
};

std::unique_ptr<storage::Database> memoryDatabase();

// Creates a customer through the service (so it is validated and normalised);
// fails the test when core refuses it.
customers::Customer addCustomer(customers::CustomerService& service, const QString& name,
                                const QString& mobile = {}, const QString& city = {},
                                const QStringList& tags = {});

// Types text into a widget key by key, like QTest::keyClicks but for any
// script (QTest::keyClicks only knows ASCII).
void typeText(QWidget* widget, const QString& text);

// The text without the directional isolates the UI wraps user text in.
QString plain(const QVariant& shown);

bool hasPersianDigits(const QString& text);
bool hasLatinDigits(const QString& text);

// Lets queued events, timers (the search debounce) and deferred deletes run.
void settle(int milliseconds = 0);

} // namespace peyvand::test
