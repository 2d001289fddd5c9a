#include "UiTestSupport.h"

#include "customers/CustomerService.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTest>
#include <QTranslator>

#include <algorithm>

namespace peyvand::test {

UiLanguage::UiLanguage(i18n::Language language)
    : m_previousLocale(QLocale())
    , m_previousDirection(QGuiApplication::layoutDirection())
{
    const QLocale locale = i18n::localeFor(language);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
}

UiLanguage::~UiLanguage()
{
    QLocale::setDefault(m_previousLocale);
    QGuiApplication::setLayoutDirection(m_previousDirection);
}

TranslatedLanguage::TranslatedLanguage(i18n::Language language)
    : m_language(language)
{
    i18n::install(*qApp, language);
}

TranslatedLanguage::~TranslatedLanguage()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

std::unique_ptr<storage::Database> memoryDatabase()
{
    auto db = storage::Database::openInMemory();
    REQUIRE(db.hasValue());
    return std::move(*db);
}

customers::Customer addCustomer(customers::CustomerService& service, const QString& name, const QString& mobile,
                                const QString& city, const QStringList& tags)
{
    customers::Customer draft;
    draft.name = name;
    draft.mobile = mobile;
    draft.city = city;
    draft.tags = tags;
    Result<customers::Customer> created = service.create(draft);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.hasValue());
    return *created;
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString plain(const QVariant& shown)
{
    return shown.toString().remove(QChar(0x2068)).remove(QChar(0x2069));
}

bool hasPersianDigits(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9; });
}

bool hasLatinDigits(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void settle(int milliseconds)
{
    if (milliseconds > 0)
        QTest::qWait(milliseconds);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace peyvand::test
